/**
 * Elements by tag name without selectors, for DOMs written in JavaScript (linkedom): there, every
 * `querySelector(All)`, `closest` or `matches` compiles its selector anew (css-select), which costs more
 * than the walk itself on the small subtrees asked about hundreds of times a page.
 */

/** Whether `doc`'s selector engine is the browser's own (native code) rather than a JavaScript DOM's. */
export function hasNativeSelectors(doc: Document): boolean {
  return /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(doc.querySelectorAll));
}

/** The element after `el` in document order inside `root`, the contents of `<template>` skipped as selectors do. */
function following(el: Element, root: Document | Element): Element | null {
  let next = el.localName === 'template' ? null : el.firstElementChild;
  for (let up: Element | null = el; !next && up && up !== root; up = up.parentElement) {
    next = up.nextElementSibling;
  }
  return next;
}

const named = (el: Element, names: ReadonlySet<string>): boolean => names.has(el.localName.toLowerCase());

/** The descendants of `root` named one of `names` (lower case), in document order, as `querySelectorAll` lists them. */
export function elementsNamed(root: Document | Element, names: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  for (let el = root.firstElementChild; el; el = following(el, root)) if (named(el, names)) out.push(el);
  return out;
}

/** The descendants of `root` that pass `test`, in document order, as `querySelectorAll` lists them. */
export function elementsWhere(root: Document | Element, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (let el = root.firstElementChild; el; el = following(el, root)) if (test(el)) out.push(el);
  return out;
}

/** The first descendant of `root` named one of `names`, as `querySelector` finds it. */
export function firstElementNamed(root: Document | Element, names: ReadonlySet<string>): Element | null {
  for (let el = root.firstElementChild; el; el = following(el, root)) if (named(el, names)) return el;
  return null;
}

/** `el` or its nearest ancestor named one of `names`, as `closest` finds it. */
export function closestNamed(el: Element, names: ReadonlySet<string>): Element | null {
  for (let at: Element | null = el; at; at = at.parentElement) if (named(at, names)) return at;
  return null;
}
