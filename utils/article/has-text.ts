/** Whether an element has text, answered without building its text (which a DOM written in JavaScript copies). */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
/** What `String.prototype.trim` keeps: `\s` is the same set of characters as trim's white space. */
const NOT_SPACE = /\S/;

/**
 * Whether `node.textContent.trim()` is non-empty, found from the first text node that is not white space. The walk
 * goes down and back up without recursion: a page nested thousands of elements deep would overflow the stack.
 */
export function hasText(node: Node): boolean {
  let at: Node | null = node.firstChild;
  while (at) {
    const type = at.nodeType;
    if ((type === TEXT_NODE || type === CDATA_SECTION_NODE) && NOT_SPACE.test(at.nodeValue ?? ''))
      return true;
    if (type === ELEMENT_NODE && at.firstChild) {
      at = at.firstChild;
      continue;
    }
    let up: Node = at;
    while (up !== node && !up.nextSibling && up.parentNode) up = up.parentNode;
    if (up === node) return false;
    at = up.nextSibling;
  }
  return false;
}
