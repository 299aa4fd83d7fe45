/**
 * Tag-name walks used in the hot paths: selector matching (`closest`, `querySelector`) compiles the selector
 * on every call in linkedom, which made link collection cost ~0.5 ms per link.
 */

const HEADING = /^H[1-6]$/;

/**
 * All element descendants of `root`, in document order. Sibling pointers, not `children`: linkedom builds
 * a new `children` list on every access, so indexing it in a loop was quadratic in the number of children.
 */
export function descendants(root: Element): Element[] {
  const out: Element[] = [];
  let el = root.firstElementChild;
  while (el) {
    out.push(el);
    let next = el.firstElementChild;
    for (let up: Element | null = el; !next && up && up !== root; up = up.parentElement) {
      next = up.nextElementSibling;
    }
    el = next;
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

/** The page's main content: `<article>`, `<main>`, `role=main` or the article body's microdata. */
export function isMainContent(el: Element): boolean {
  return (
    el.tagName === 'ARTICLE' ||
    el.tagName === 'MAIN' ||
    el.getAttribute('role') === 'main' ||
    el.getAttribute('itemprop') === 'articleBody'
  );
}
