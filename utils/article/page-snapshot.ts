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
 * Runs inside the page through `scripting.executeScript({ func })`: it must stay self-contained
 * (no imports, no closures) because only its source text is injected. Kept tiny on purpose:
 * the analysis itself runs in the extension's own page, out of the page's reach.
 */
export function takePageSnapshot(maxChars: number): PageSnapshot {
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
}
