/** Parses page HTML with the browser's own parser (popup, library, any page with `DOMParser`). */

/** A function turning page HTML into a `Document` whose relative URLs resolve against `url`. */
export type HtmlParser = (html: string, url: string) => Document;

/**
 * Parses with `DOMParser` (scripts never run in such a document). A `<base href>` is added when the page
 * has none, so Readability resolves relative links against the page rather than the extension's own URL.
 */
export const parseHtmlInBrowser: HtmlParser = (html, url) => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    doc.head.prepend(base);
  }
  return doc;
};
