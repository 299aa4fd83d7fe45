/** Where an article tree's text ends: rules that look at what closes the article start there. */
import { isInPageLink } from '@/utils/article/extract/in-page-link';

const TEXT_NODE = 3;

/** The node before `node` in document order within `root` (children last first), or null. */
function previous(node: Node, root: Element): Node | null {
  if (node.lastChild) return node.lastChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.previousSibling) return at.previousSibling;
  }
  return null;
}

/**
 * The element holding the last non-blank text of `root`, links within the page ("Back to top") aside.
 * Walked backwards from the end: only the closing blank and skipped nodes are visited, not the article.
 */
export function lastTextParent(root: Element): Element | null {
  for (let node: Node | null = root.lastChild; node; node = previous(node, root)) {
    if (node.nodeType !== TEXT_NODE || !/\S/.test(node.nodeValue ?? '')) continue;
    const parent = node.parentElement;
    if (!isInPageLink(parent)) return parent;
  }
  return null;
}
