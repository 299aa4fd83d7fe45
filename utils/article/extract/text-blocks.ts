/** The lines of an article tree: its innermost text blocks, for rules that look at an article line by line. */

import { hasText } from '@/utils/article/has-text';

const BLOCK = /^(p|div|h[1-6]|li|dt|dd|section|header|footer|address|figcaption)$/i;

/** Elements that break text into blocks: a text block has none of them inside. */
const STRUCTURE =
  /^(p|div|h[1-6]|li|ul|ol|dl|dt|dd|section|article|main|aside|nav|header|footer|table|tr|td|th|blockquote|figure|figcaption|pre|form|address|details)$/i;

/** Blocks of `root` with no block inside (text, inline markup), and inline runs between blocks, in order. */
export function textBlocks(root: Element): Element[] {
  const all = Array.from(root.querySelectorAll('*'));
  const hasBlockInside = new Set<Element>();
  for (const el of all) {
    if (!STRUCTURE.test(el.localName)) continue;
    for (let at = el.parentElement; at && !hasBlockInside.has(at); at = at.parentElement) {
      hasBlockInside.add(at);
      if (at === root) break;
    }
  }
  // An inline element standing among blocks (a bare `<time>` between paragraphs) is a line of its own.
  const isLine = (el: Element) =>
    BLOCK.test(el.localName) || (el.parentElement !== null && hasBlockInside.has(el.parentElement));
  // hasText: whether there is text, without building it.
  return all.filter((el) => isLine(el) && !hasBlockInside.has(el) && hasText(el));
}
