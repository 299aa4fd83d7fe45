/**
 * The reader view with its sanitiser (DOMPurify) and highlighter, fetched on first use: the list's
 * first screen does not wait for them to load.
 */
import type { ComponentType } from 'preact';
import type { ReaderSanitizer } from '@/utils/library/reader/reader-html';
import type { ReaderProps } from './ReaderView';
import { useLoaded } from './use-loaded';

let reader: Promise<{ View: ComponentType<ReaderProps>; sanitize: ReaderSanitizer }> | undefined;

const loadReader = () => {
  reader ??= Promise.all([import('./ReaderView'), import('@/utils/library/reader/reader-html')]).then(
    ([view, html]) => ({ View: view.ReaderView, sanitize: html.createReaderSanitizer(window) }),
  );
  return reader;
};

/** Starts fetching the reader's code ahead of the first click (e.g. when the browser is idle). */
export const preloadReader = (): void => void loadReader().catch(() => undefined);

/** ReaderView, loaded on demand with its sanitiser. */
export function LazyReader(props: Omit<ReaderProps, 'sanitize'>) {
  const loaded = useLoaded(loadReader);
  if (!loaded) return null;
  const { View, sanitize } = loaded;
  return <View {...props} sanitize={sanitize} />;
}
