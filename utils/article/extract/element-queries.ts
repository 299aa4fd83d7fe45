/**
 * Look-ups by tag name that the extraction makes of a whole page, answered by the browser's selector engine
 * when the document has one (native code, faster than any walk written in JavaScript), else by tag-walk's
 * walks (a JavaScript DOM's selector engine costs more than the walk). Both give the same elements in the
 * same order for the names asked here: the HTML parser puts no foreign (SVG, MathML) element under the name
 * `h1`, and a foreign `script` or `style` is matched by both.
 */
import { elementsNamed, firstElementNamed, hasNativeSelectors } from '@/utils/article/tag-walk';

const HEADLINE = new Set(['h1']);

/** The first `<h1>` of `doc`. */
export function firstHeadline(doc: Document): Element | null {
  return hasNativeSelectors(doc) ? doc.querySelector('h1') : firstElementNamed(doc, HEADLINE);
}

/** The elements of `root` named one of `names` (lower case), in document order. */
export function elementsTagged(root: Element, names: ReadonlySet<string>): Element[] {
  if (!hasNativeSelectors(root.ownerDocument)) return elementsNamed(root, names);
  return Array.from(root.querySelectorAll([...names].join(',')));
}
