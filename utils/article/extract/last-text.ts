/** Where an article tree's text ends: rules that look at what closes the article start there. */
import { isInPageLink } from '@/utils/article/extract/in-page-link';

const SHOW_TEXT = 4;

/** The element holding the last non-blank text of `root`, links within the page ("Back to top") aside. */
export function lastTextParent(root: Element): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  let last: Element | null = null;
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (/\S/.test(walker.currentNode.nodeValue ?? '') && !isInPageLink(parent)) last = parent;
  }
  return last;
}
