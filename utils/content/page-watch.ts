/**
 * Watches a page for late content and single-page-app navigation. Mutations are debounced (pages
 * that stream content mutate hundreds of times a second) and the watcher stops with `signal`.
 */

/** Options of `watchPage`. */
export interface PageWatchOptions {
  doc: Document;
  signal: AbortSignal;
  /** Called once the DOM has been quiet for `debounceMs` after a mutation. */
  onSettled: () => void;
  /** Called when the URL changes without a page load (history API, hash). */
  onUrlChange: (url: string) => void;
  /** Mutations touching only these nodes (our toolbar, our marks) are ignored. */
  ignore: (node: Node) => boolean;
  debounceMs?: number;
  /** Fallback URL polling period where the Navigation API is missing. */
  pollMs?: number;
}

/** Starts watching; returns a function that drops pending mutations (call after our own DOM writes). */
export function watchPage(o: PageWatchOptions): () => void {
  const win = o.doc.defaultView as (Window & typeof globalThis) | null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastUrl = o.doc.location?.href ?? '';

  const checkUrl = () => {
    const url = o.doc.location?.href ?? '';
    if (url === lastUrl) return;
    lastUrl = url;
    o.onUrlChange(url);
  };
  const relevant = (m: MutationRecord) =>
    !o.ignore(m.target) && ![...m.addedNodes, ...m.removedNodes].every((n) => o.ignore(n));
  const observer = new (win?.MutationObserver ?? MutationObserver)((records) => {
    if (!records.some(relevant)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      checkUrl();
      o.onSettled();
    }, o.debounceMs ?? 300);
  });
  observer.observe(o.doc.documentElement, { childList: true, subtree: true, characterData: true });

  const nav = (win as { navigation?: EventTarget } | null)?.navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('navigatesuccess', checkUrl, { signal: o.signal });
  }
  win?.addEventListener('popstate', checkUrl, { signal: o.signal });
  win?.addEventListener('hashchange', checkUrl, { signal: o.signal });
  const poll = nav ? undefined : setInterval(checkUrl, o.pollMs ?? 1000);

  o.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(poll);
  });
  return () => void observer.takeRecords();
}

/** Sets the test-facing status attributes on `<html>` once anchoring has settled. */
export function setStatus(doc: Document, counts: { anchored: number; orphans: number }): void {
  const html = doc.documentElement;
  html.setAttribute('data-liseuse-anchored', String(counts.anchored));
  html.setAttribute('data-liseuse-orphans', String(counts.orphans));
}
