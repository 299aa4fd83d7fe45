/**
 * Highlights in the library's reader view (an extension page): the same highlighter as on live
 * pages, over the reader's article element, storing annotations under the saved article's URL.
 */
import { browser } from 'wxt/browser';
import { urlStore } from './annotation-client';
import { type Highlighter, startHighlighter } from './highlighter';
import { EXTENSION_PAGE } from './ui-guard';

/**
 * Anchors and paints the annotations of `url` inside `root` and lets the reader add more through
 * the selection toolbar; abort `signal` when the reader view unmounts (the DOM is left as it was).
 */
export function mountReaderHighlights(root: Element, url: string, signal: AbortSignal): Highlighter {
  return startHighlighter({
    doc: root.ownerDocument,
    root: () => root,
    store: urlStore(url),
    source: () => url,
    t: (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key,
    signal,
    watch: false,
    siteHint: false,
    // An extension page: no page script can read them, nor the shadow roots' content.
    statusAttributes: true,
    guard: EXTENSION_PAGE,
  });
}
