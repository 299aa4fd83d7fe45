/**
 * Puts back the blocks Readability dropped from the middle of an article. Page builders (WPBakery,
 * Elementor, Jimdo...) split one article into sibling containers, and Readability's cleaning drops a
 * paragraph or a subheading sitting between two it kept (an ad slot's wrapper, a "media" div). The
 * page's blocks are numbered before Readability runs; afterwards, a numbered block lying between two
 * that made it into the article, but missing from it, is put back in its place.
 */

import { firstElementNamed } from '@/utils/article/tag-walk';

const ATTR = 'data-liseuse-block';
const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'li', 'table']);
/** A list item or quotation holding these is a container: its own blocks are numbered instead. */
const CONTAINS_BLOCKS = new Set(['p', 'pre', 'blockquote', 'table', 'ul', 'ol']);
/** Share of a block's text in links above which it is a teaser or navigation, not the article. */
const MAX_LINK_SHARE = 0.3;
/** A dropped paragraph is put back only if it is prose: this long, with a sentence's end. */
const MIN_PROSE_CHARS = 80;

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** How many ancestors of a block count as its neighbourhood: a dropped block is put back only near kept ones. */
const NEAR = 2;

/** The page's numbered blocks, with each one's nearest ancestors as they were before Readability ran. */
export interface Blocks {
  list: Element[];
  family: Element[][];
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let at = el.parentElement; at && out.length < NEAR; at = at.parentElement) out.push(at);
  return out;
}

/** Numbers the page's text blocks (outermost ones) and returns them in document order. */
export function markBlocks(doc: Document): Blocks {
  const blocks: Element[] = [];
  // One walk in document order; a block's inside is not walked (a table's cells are part of the table).
  const stack: Element[] = doc.body ? [doc.body] : [];
  for (let el = stack.pop(); el; el = stack.pop()) {
    const tag = el.localName.toLowerCase();
    const container =
      (tag === 'li' || tag === 'blockquote') && firstElementNamed(el, CONTAINS_BLOCKS) !== null;
    if (BLOCKS.has(tag) && !container) {
      el.setAttribute(ATTR, String(blocks.length));
      blocks.push(el);
      continue;
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Element);
  }
  return { list: blocks, family: blocks.map(ancestors) };
}

/** True when blocks `a` and `b` shared a parent or grandparent in the page. */
function near(blocks: Blocks, a: number, b: number): boolean {
  const family = new Set(blocks.family[a]);
  return (blocks.family[b] ?? []).some((el) => family.has(el));
}

function linkShare(el: Element, length: number): number {
  const linked = Array.from(el.getElementsByTagName('a')).reduce(
    (n, a) => n + norm(a.textContent ?? '').length,
    0,
  );
  return linked / Math.max(1, length);
}

/** Where a recovered block goes: after the article's element for the block before it. */
function placeAfter(previous: Element, block: Element): void {
  const list = previous.parentElement;
  const anchor = previous.localName === 'li' && block.localName !== 'li' && list ? list : previous;
  anchor.after(block);
}

/** True when `block` reads as the article's prose (not a label, a teaser or a link). */
function isProse(block: Element): boolean {
  const text = norm(block.textContent ?? '');
  return (
    /^(p|pre|blockquote|li)$/.test(block.localName) &&
    text.length >= MIN_PROSE_CHARS &&
    /[.!?…:;"»”)]/.test(text) &&
    linkShare(block, text.length) <= MAX_LINK_SHARE
  );
}

/**
 * The dropped blocks between the first and last kept ones worth putting back: prose paragraphs, and the
 * subheadings that introduce a kept or recovered paragraph.
 */
function dropped(kept: Map<number, Element>, blocks: Blocks, text: string): Set<number> {
  const indexes = [...kept.keys()];
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const back = new Set<number>();
  for (let i = last - 1; i > first; i--) {
    if (kept.has(i)) continue;
    const block = blocks.list[i] as Element;
    const blockText = norm(block.textContent ?? '');
    if (blockText === '' || text.includes(blockText)) continue;
    const neighbours = [i - 1, i + 1].filter((j) => kept.has(j) || back.has(j));
    if (!neighbours.some((j) => near(blocks, i, j))) continue;
    const heading = /^h[2-6]$/.test(block.localName);
    const introduces = kept.has(i + 1) || back.has(i + 1);
    if (isProse(block) || (heading && introduces && blockText.length <= 200)) back.add(i);
  }
  return back;
}

/** Puts back into `article` the numbered blocks Readability dropped between two it kept (mutates it). */
export function recoverBlocks(article: Element, blocks: Blocks): void {
  const kept = new Map<number, Element>();
  for (const el of Array.from(article.querySelectorAll(`[${ATTR}]`))) {
    kept.set(Number(el.getAttribute(ATTR)), el);
  }
  if (kept.size < 2) return;
  const back = dropped(kept, blocks, norm(article.textContent ?? ''));
  let previous: Element | null = null;
  for (let i = Math.min(...kept.keys()); i <= Math.max(...kept.keys()); i++) {
    const inArticle = kept.get(i);
    if (inArticle) previous = inArticle;
    else if (previous && back.has(i)) {
      placeAfter(previous, blocks.list[i] as Element);
      previous = blocks.list[i] as Element;
    }
  }
}
