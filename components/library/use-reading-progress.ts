/**
 * Remembers where the reader is: restores the stored position once the article is shown, and
 * saves progress and position while scrolling (throttled) and when the reader closes.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { type ReadingPoint, readingPoint, scrollTopFor } from '@/utils/library/reader/reading-progress';
import type { ArticlePatch } from '@/utils/store';

const SAVE_EVERY_MS = 800;

/** Wires `scroller` to `save`; `position` is where to start, `ready` once the content is in the DOM. */
export function useReadingProgress(
  scroller: RefObject<HTMLElement>,
  position: number,
  ready: boolean,
  save: (patch: ArticlePatch) => void,
): void {
  const pending = useRef<ReadingPoint | null>(null);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (ready && el) el.scrollTop = scrollTopFor(position, el.clientHeight, el.scrollHeight);
    // Only once per article: later position changes come from this very scrolling.
  }, [ready]);

  useEffect(() => {
    const el = scroller.current;
    if (!ready || !el) return;
    const flush = () => {
      if (pending.current) save(pending.current);
      pending.current = null;
    };
    const timer = setInterval(flush, SAVE_EVERY_MS);
    const onScroll = () => {
      pending.current = readingPoint(el.scrollTop, el.clientHeight, el.scrollHeight);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      clearInterval(timer);
      flush();
    };
  }, [ready, save]);
}
