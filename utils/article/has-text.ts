/** Whether an element has text, answered without building its text (which a DOM written in JavaScript copies). */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
/** What `String.prototype.trim` keeps: `\s` is the same set of characters as trim's white space. */
const NOT_SPACE = /\S/;

/** Whether `node.textContent.trim()` is non-empty, found from the first text node that is not white space. */
export function hasText(node: Node): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === ELEMENT_NODE) {
      if (hasText(child)) return true;
    } else if ((type === TEXT_NODE || type === CDATA_SECTION_NODE) && NOT_SPACE.test(child.nodeValue ?? '')) {
      return true;
    }
  }
  return false;
}
