/**
 * General markup perturbations for the extraction robustness bench: each rewrites a page the way another
 * site's markup would differ, keeping its text, so a rule that depends on exact markup shows as a drop.
 */
import { parseHTML } from 'linkedom';

/** One perturbation: the page's HTML in, the perturbed HTML out. */
export type Perturbation = (html: string) => string;

/** A stable meaningless token for `word` (the same word maps to the same token within a run). */
function scramble(word: string): string {
  let h = 2166136261;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return `x${(h >>> 0).toString(36)}`;
}

function rewrite(html: string, edit: (doc: Document) => void): string {
  const { document } = parseHTML(html);
  edit(document as unknown as Document);
  return (document as unknown as { toString(): string }).toString();
}

const all = (doc: Document): Element[] => {
  const out: Element[] = [];
  const walker = doc.createTreeWalker(doc.documentElement ?? doc, 1);
  while (walker.nextNode()) out.push(walker.currentNode as Element);
  return out;
};

/** Class names and ids replaced by meaningless tokens (a site with hashed CSS-module names). */
export const scrambleClasses: Perturbation = (html) =>
  rewrite(html, (doc) => {
    for (const el of all(doc)) {
      const cls = el.getAttribute('class');
      if (cls) el.setAttribute('class', cls.split(/\s+/).filter(Boolean).map(scramble).join(' '));
      const id = el.getAttribute('id');
      if (id) el.setAttribute('id', scramble(id));
    }
  });

const SEMANTIC = new Set([
  'article',
  'main',
  'aside',
  'nav',
  'footer',
  'header',
  'section',
  'figure',
  'figcaption',
]);

/** Semantic tags, roles and itemprops gone: a page built of `<div>`s only. */
export const plainDivs: Perturbation = (html) =>
  rewrite(html, (doc) => {
    for (const el of all(doc)) {
      for (const attr of ['role', 'itemprop', 'itemtype', 'itemscope', 'aria-label'])
        el.removeAttribute(attr);
      if (!SEMANTIC.has(el.localName)) continue;
      const div = doc.createElement('div');
      for (const { name, value } of Array.from(el.attributes)) div.setAttribute(name, value);
      while (el.firstChild) div.appendChild(el.firstChild);
      el.replaceWith(div);
    }
  });

/** Both of the above. */
export const bareMarkup: Perturbation = (html) => scrambleClasses(plainDivs(html));

/** Text of the inserted blocks, so their leaks can be counted. */
export const INSERTED = [
  'Sponsored offer: the best sneakers of the season',
  'Also read: another story of the day',
];

/**
 * The article's body split by ads and story cards: after every third paragraph of the element holding most
 * paragraphs, an unlabelled link block (class names meaningless), as ad networks and "read also" cards insert.
 */
export const splitByAds: Perturbation = (html) =>
  rewrite(html, (doc) => {
    const counts = new Map<Element, number>();
    for (const p of Array.from(doc.getElementsByTagName('p'))) {
      const parent = p.parentElement;
      if (parent) counts.set(parent, (counts.get(parent) ?? 0) + (p.textContent ?? '').length);
    }
    const centre = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (!centre) return;
    const paragraphs = Array.from(centre.children).filter((c) => c.localName === 'p');
    paragraphs.forEach((p, i) => {
      if (i % 3 !== 2 || i === paragraphs.length - 1) return;
      const block = doc.createElement('div');
      block.setAttribute('class', scramble(`ins${i}`));
      const text = INSERTED[((i / 3) % 2) | 0] as string;
      block.innerHTML = `<a href="https://elsewhere.example/${i}"><img src="https://elsewhere.example/${i}.jpg">${text}</a>`;
      p.after(block);
    });
  });

export const PERTURBATIONS: Record<string, Perturbation> = {
  classes: scrambleClasses,
  divs: plainDivs,
  bare: bareMarkup,
  ads: splitByAds,
};
