/**
 * Elements by tag name without selectors, for DOMs written in JavaScript (linkedom): there, every
 * `querySelectorAll` compiles its selector anew (css-select), which costs more than the walk itself on
 * the small subtrees Readability asks about hundreds of times a page. Browsers' native selectors are
 * faster than any walk written here, so they are kept.
 */

/** Whether `doc`'s selector engine is the browser's own (native code) rather than a JavaScript DOM's. */
export function hasNativeSelectors(doc: Document): boolean {
  return /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(doc.querySelectorAll));
}

/**
 * The descendants of `root` whose tag is one of `names` (lower case), in document order: what
 * `root.querySelectorAll(names.join(','))` returns (the contents of `<template>` skipped, as selectors do).
 */
export function elementsNamed(root: Document | Element, names: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  let el = root.firstElementChild;
  while (el) {
    if (names.has(el.localName.toLowerCase())) out.push(el);
    let next = el.localName === 'template' ? null : el.firstElementChild;
    for (let up: Element | null = el; !next && up && up !== root; up = up.parentElement) {
      next = up.nextElementSibling;
    }
    el = next;
  }
  return out;
}
