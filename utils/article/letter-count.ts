/**
 * The letters of an element's text: its characters other than white space (`textContent` without `\s`), the
 * measure the extraction rules compare blocks by. Counted text node by text node, code by code: no string of
 * the whole text is built nor copied without its spaces (on linkedom, a large share of the analysis' garbage).
 */

/** Whether the character code is one of `\s` (what `trim` and `/\s+/` take as white space). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Characters of `text` other than white space. */
export function lettersIn(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/** What `textContent` reads: text and CDATA nodes (`NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION`). */
const SHOW_TEXTS = 4 | 8;

/** Characters of `el`'s text other than white space. */
export function letterCount(el: Element): number {
  let n = 0;
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXTS);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) n += lettersIn(node.nodeValue ?? '');
  return n;
}
