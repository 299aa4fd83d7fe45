/**
 * Simple XPaths (`/div[1]/p[3]`) between an element and the annotated root. Only this subset
 * is produced, and only it is evaluated, so no `document.evaluate` is needed (linkedom lacks it).
 */

/** XPath of `el` relative to `root` ("/" for the root itself). */
export function xpathFromElement(root: Element, el: Element): string {
  const steps: string[] = [];
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
    const name = n.localName.toLowerCase();
    let i = 1;
    for (let s = n.previousElementSibling; s; s = s.previousElementSibling) {
      if (s.localName.toLowerCase() === name) i++;
    }
    steps.push(`${name}[${i}]`);
  }
  return `/${steps.reverse().join('/')}`;
}

const STEP = /^([\w.:-]+)(?:\[(\d+)\])?$/;

/** Element at a relative XPath under `root`, or null when the path no longer exists. */
export function elementFromXPath(root: Element, path: string): Element | null {
  let el: Element | null = root;
  for (const step of path.split('/')) {
    if (!step || step === '.') continue;
    const m = STEP.exec(step);
    if (!m || !el) return null;
    const name = (m[1] ?? '').toLowerCase();
    let want = Number(m[2] ?? '1');
    let found: Element | null = null;
    for (let c: Element | null = el.firstElementChild; c; c = c.nextElementSibling) {
      if (c.localName.toLowerCase() === name && --want === 0) {
        found = c;
        break;
      }
    }
    el = found;
  }
  return el;
}
