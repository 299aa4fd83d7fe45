/**
 * Tag-name walks used in the hot paths: selector matching (`closest`, `querySelector`) compiles the selector
 * on every call in linkedom, which made link collection cost ~0.5 ms per link.
 */

const HEADING = /^H[1-6]$/;

/** All element descendants of `root`, in document order. */
export function descendants(root: Element): Element[] {
  const out: Element[] = [];
  const stack = [...root.children].reverse();
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    out.push(el);
    for (let i = el.children.length - 1; i >= 0; i -= 1) stack.push(el.children[i] as Element);
  }
  return out;
}

/** The element or its nearest ancestor that satisfies `test`. */
export function closestWhere(el: Element | null, test: (el: Element) => boolean): Element | null {
  for (let node = el; node; node = node.parentElement) if (test(node)) return node;
  return null;
}

/** Whether an element is a heading (`h1`–`h6`). */
export function isHeading(el: Element): boolean {
  return HEADING.test(el.tagName);
}

/** The first heading inside `root`, if any. */
export function firstHeading(root: Element): Element | null {
  return descendants(root).find(isHeading) ?? null;
}

/** Links with an `href` inside `root`. */
export function linksIn(root: Element): Element[] {
  return descendants(root).filter((el) => el.tagName === 'A' && el.hasAttribute('href'));
}
