/**
 * Watches a page for late content and single-page-app navigation. Everything is debounced: pages
 * that stream content mutate hundreds of times a second, and SPAs change the URL before (or after)
 * they swap the content and the canonical link, so the page is looked at once it has been quiet.
 */

/** Options of `watchPage`. */
export interface PageWatchOptions {
  doc: Document;
  signal: AbortSignal;
  /** Identity of the page's annotations (URL and canonical link); a change means another page. */
  pageKey: () => string;
  /** Called once the DOM has been quiet for `debounceMs` after a mutation, on the same page. */
  onSettled: () => void;
  /** Called, instead of `onSettled`, when the page key changed without a page load. */
  onPageChange: () => void;
  /** Mutations touching only these nodes (our toolbar, our marks) are ignored. */
  ignore: (node: Node) => boolean;
  debounceMs?: number;
  /** URL polling period where the Navigation API is missing. */
  pollMs?: number;
}

/** Starts watching; returns a function that drops pending mutations (call after our own DOM writes). */
export function watchPage(o: PageWatchOptions): () => void {
  const win = o.doc.defaultView as (Window & typeof globalThis) | null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastKey = o.pageKey();

  const pass = () => {
    const key = o.pageKey();
    if (key === lastKey) return o.onSettled();
    lastKey = key;
    o.onPageChange();
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(pass, o.debounceMs ?? 300);
  };
  const relevant = (m: MutationRecord) =>
    !o.ignore(m.target) && ![...m.addedNodes, ...m.removedNodes].every((n) => o.ignore(n));
  const observer = new (win?.MutationObserver ?? MutationObserver)((records) => {
    if (records.some(relevant)) schedule();
  });
  observer.observe(o.doc.documentElement, { childList: true, subtree: true, characterData: true });

  const nav = (win as { navigation?: EventTarget } | null)?.navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('navigatesuccess', schedule, { signal: o.signal });
  }
  win?.addEventListener('popstate', schedule, { signal: o.signal });
  win?.addEventListener('hashchange', schedule, { signal: o.signal });
  const poll = nav
    ? undefined
    : setInterval(() => {
        if (o.pageKey() !== lastKey) schedule();
      }, o.pollMs ?? 1000);

  o.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(poll);
  });
  return () => void observer.takeRecords();
}

/** Sets the test-facing status attributes on `<html>` once anchoring has settled (counts only). */
export function setStatus(doc: Document, counts: { anchored: number; orphans: number }): void {
  const html = doc.documentElement;
  html.setAttribute('data-liseuse-anchored', String(counts.anchored));
  html.setAttribute('data-liseuse-orphans', String(counts.orphans));
}

/** Removes the status attributes (the highlighter stopped). */
export function clearStatus(doc: Document): void {
  doc.documentElement.removeAttribute('data-liseuse-anchored');
  doc.documentElement.removeAttribute('data-liseuse-orphans');
}
