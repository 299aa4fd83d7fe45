/** How much of an article tree's text sits in links, element by element: what the link rules measure. */

import { lettersIn } from '@/utils/article/letter-count';

/** Share of a block's text inside links above which the block is a link, not prose. */
export const LINK_DENSITY = 0.9;
/** A lead-in ("You may also like...", "DON'T MISS") is a block this short with no link of its own. */
const MAX_LEAD_IN_WORDS = 5;
/** Elements the link rules treat as blocks (upper-case tag names, as `tagName` gives them). */
export const BLOCK = new Set(['P', 'LI', 'DIV', 'UL', 'OL', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SHOW_TEXT = 4;

/** Letters (non-space characters) under each element, and how many of them sit inside links. */
export interface TextMeasure {
  total: Map<Element, number>;
  linked: Map<Element, number>;
}

/** One pass over the text nodes, adding each one's length to its ancestors: linear in text × depth. */
export function measure(root: Element): TextMeasure {
  const total = new Map<Element, number>();
  const linked = new Map<Element, number>();
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  while (walker.nextNode()) {
    const length = lettersIn(walker.currentNode.nodeValue ?? '');
    if (length === 0) continue;
    let inLink = false;
    for (let el = walker.currentNode.parentElement; el; el = el.parentElement) {
      inLink ||= el.tagName === 'A';
      total.set(el, (total.get(el) ?? 0) + length);
      if (inLink) linked.set(el, (linked.get(el) ?? 0) + length);
      if (el === root) break;
    }
  }
  return { total, linked };
}

/** True when `el` is a block made (almost) only of links. */
export function isLinkBlock(el: Element, m: TextMeasure): boolean {
  const total = m.total.get(el) ?? 0;
  return BLOCK.has(el.tagName) && total > 0 && (m.linked.get(el) ?? 0) / total >= LINK_DENSITY;
}

/**
 * Inline tags a lead-in may be written in: standing just before a block (a list of links), it is a line of
 * its own ("<span>Mehr zum Thema</span><ul>…", the class that named it a heading being the page's own).
 */
const INLINE_LABEL = new Set(['SPAN', 'STRONG', 'B', 'EM', 'LABEL']);

/** True when `el` is a short line with no link of its own: the lead-in of a list of links. */
export function isLeadIn(el: Element | null, m: TextMeasure): el is Element {
  if (!el || !(BLOCK.has(el.tagName) || INLINE_LABEL.has(el.tagName)) || (m.linked.get(el) ?? 0) > 0)
    return false;
  const words = (el.textContent ?? '').trim().split(/\s+/).filter(Boolean).length;
  return words > 0 && words <= MAX_LEAD_IN_WORDS;
}
