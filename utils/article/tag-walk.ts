/**
 * Elements by tag name without selectors, for DOMs written in JavaScript (linkedom): there, every
 * `querySelector(All)`, `closest` or `matches` compiles its selector anew (css-select), which costs more
 * than the walk itself on the small subtrees asked about hundreds of times a page. Whole subtrees are listed
 * by a `TreeWalker`: linkedom keeps a document as one list of nodes in document order and reads it straight
 * through, where stepping from element to element goes through several of its getters at each step.
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

// Tag names lower-cased once each: a `toLowerCase` on every element of every walk cost more than the test it
// served. The cache is bounded, for a long-lived worker meeting custom elements page after page.
const LOWER_NAMES = new Map<string, string>();
const MAX_CACHED_NAMES = 2000;

/** `el`'s tag name in lower case (a JavaScript DOM keeps the case an element was created with: "P"). */
export function tagOf(el: Element): string {
  const name = el.localName;
  const cached = LOWER_NAMES.get(name);
  if (cached !== undefined) return cached;
  const lower = name.toLowerCase();
  if (LOWER_NAMES.size < MAX_CACHED_NAMES) LOWER_NAMES.set(name, lower);
  return lower;
}

const named = (el: Element, names: ReadonlySet<string>): boolean => names.has(tagOf(el));

const SHOW_ELEMENT = 1;
const DOCUMENT_NODE = 9;

/**
 * The descendants of `root` that pass `test`, in document order, as `querySelectorAll` lists them. A DOM that
 * keeps a `<template>`'s contents as its children (linkedom) walks them too: they are skipped, as selectors do.
 */
export function elementsWhere(root: Document | Element, test: (el: Element) => boolean): Element[] {
  const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  // A document without elements has nothing to list (linkedom's walker would start from its missing root).
  if (!doc || (doc === root && !doc.documentElement)) return [];
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  const out: Element[] = [];
  let template: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    // A template's descendants follow it in document order: the first element outside it ends them.
    if (template?.contains(el)) continue;
    template = el.localName === 'template' ? el : null;
    if (test(el)) out.push(el);
  }
  return out;
}

/** The descendants of `root` named one of `names` (lower case), in document order, as `querySelectorAll` lists them. */
export function elementsNamed(root: Document | Element, names: ReadonlySet<string>): Element[] {
  return elementsWhere(root, (el) => named(el, names));
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
