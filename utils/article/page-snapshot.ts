/** What the page gives the extension when the reader clicks: a copy of its DOM, analysed off the page. */
export interface PageSnapshot {
  url: string;
  title: string;
  contentType: string;
  readyState: DocumentReadyState;
  /** Serialised DOM, cut at `maxChars` (then `truncated` is true). */
  html: string;
  truncated: boolean;
  /** Characters of the full serialised DOM. */
  totalChars: number;
}

/**
 * Runs inside the page through `scripting.executeScript({ func, injectImmediately })`: it must stay
 * self-contained (no imports, no closures) because only its source text is injected. Kept tiny on purpose:
 * the analysis itself runs in the extension's own page, out of the page's reach.
 *
 * A page still being parsed (a synchronous third-party script that hangs holds the parser, often after
 * the article's text) gets up to `graceMs` to reach DOMContentLoaded; then what is parsed is taken.
 */
export function takePageSnapshot(maxChars: number, graceMs: number): Promise<PageSnapshot> {
  const take = (): PageSnapshot => {
    const html = document.documentElement ? document.documentElement.outerHTML : '';
    return {
      url: location.href,
      title: document.title,
      contentType: document.contentType,
      readyState: document.readyState,
      html: html.length > maxChars ? html.slice(0, maxChars) : html,
      truncated: html.length > maxChars,
      totalChars: html.length,
    };
  };
  if (document.readyState !== 'loading') return Promise.resolve(take());
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      document.removeEventListener('DOMContentLoaded', done);
      resolve(take());
    };
    const timer = setTimeout(done, graceMs);
    document.addEventListener('DOMContentLoaded', done);
  });
}
