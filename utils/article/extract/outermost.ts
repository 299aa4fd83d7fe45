/** A walk shared by the pruning rules: the outermost elements a rule picks, without looking inside them. */

/**
 * The elements under `root` that `pick` labels (non-null), in document order, each with its label. The
 * inside of a picked element is not looked at (skipped, not walked and tested for containment); the inside
 * of one `pick` passes over is. `pick` must not change the tree.
 */
export function outermost<L>(root: Element, pick: (el: Element) => L | null): Array<[Element, L]> {
  const found: Array<[Element, L]> = [];
  let el = root.firstElementChild;
  while (el) {
    const label = pick(el);
    let next: Element | null = null;
    if (label === null) next = el.firstElementChild;
    else found.push([el, label]);
    for (let up: Element | null = el; !next && up && up !== root; up = up.parentElement) {
      next = up.nextElementSibling;
    }
    el = next;
  }
  return found;
}
