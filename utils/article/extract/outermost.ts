/** A walk shared by the pruning rules: the outermost elements a rule picks, without looking inside them. */

const SHOW_ELEMENT = 1;

/**
 * The elements under `root` that `pick` labels (non-null), in document order, each with its label. The
 * inside of a picked element is not looked at; the inside of one `pick` passes over is.
 */
export function outermost<L>(root: Element, pick: (el: Element) => L | null): Array<[Element, L]> {
  const found: Array<[Element, L]> = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  let last: Element | null = null;
  while (walker.nextNode()) {
    const el = walker.currentNode as Element;
    if (last?.contains(el)) continue;
    const label = pick(el);
    if (label === null) continue;
    found.push([el, label]);
    last = el;
  }
  return found;
}
