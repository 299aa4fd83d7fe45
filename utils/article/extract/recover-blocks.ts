/**
 * Puts back the blocks Readability dropped from the middle of an article. Page builders (WPBakery,
 * Elementor, Jimdo...) split one article into sibling containers, and Readability's cleaning drops a
 * paragraph or a subheading sitting between two it kept (an ad slot's wrapper, a "media" div). The
 * page's blocks are numbered before Readability runs; afterwards, a numbered block lying between two
 * that made it into the article, but missing from it, is put back in its place. Readability also keeps
 * only the best of those sibling containers and the ones after it, losing the article's opening ones:
 * prose just before the first kept block, in a container of the same kind, is put back too.
 */

import { firstElementNamed, tagOf } from '@/utils/article/tag-walk';
import { greatest, least } from '@/utils/shared/extremes';
import { collapseSpaces } from '@/utils/shared/fold';

/** The attribute numbering the page's blocks, in document order. */
export const BLOCK_ATTR = 'data-liseuse-block';
const ATTR = BLOCK_ATTR;
const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'li', 'table']);
/** A list item or quotation holding these is a container: its own blocks are numbered instead. */
const CONTAINS_BLOCKS = new Set(['p', 'pre', 'blockquote', 'table', 'ul', 'ol']);
/** Share of a block's text in links above which it is a teaser or navigation, not the article. */
const MAX_LINK_SHARE = 0.3;
/** A dropped paragraph is put back only if it is prose: this long, with a sentence's end. */
const MIN_PROSE_CHARS = 80;

/** How many ancestors of a block count as its neighbourhood: a dropped block is put back only near kept ones. */
const NEAR = 2;
/** How many ancestors are compared to call two blocks' containers of the same kind (a page builder's nesting). */
const KIN_DEPTH = 14;
/** Before the first kept block, at most this many blocks in a row that are not put back (a caption, a date). */
const MAX_LEADING_SKIPS = 1;

/** The page's numbered blocks, with each one's nearest ancestors as they were before Readability ran. */
export interface Blocks {
  list: Element[];
  family: Element[][];
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let at = el.parentElement; at && out.length < KIN_DEPTH; at = at.parentElement) out.push(at);
  return out;
}

/** Numbers the page's text blocks (outermost ones) and returns them in document order. */
export function markBlocks(doc: Document): Blocks {
  const blocks: Element[] = [];
  // One walk in document order; a block's inside is not walked (a table's cells are part of the table).
  const stack: Element[] = doc.body ? [doc.body] : [];
  for (let el = stack.pop(); el; el = stack.pop()) {
    const tag = tagOf(el);
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
  const family = new Set(blocks.family[a]?.slice(0, NEAR));
  return (blocks.family[b] ?? []).slice(0, NEAR).some((el) => family.has(el));
}

/** An element's kind: its tag and first class name ("div wpb_text_column"). */
const kindOf = (el: Element): string =>
  `${el.localName} ${(el.getAttribute('class') ?? '').trim().split(/\s+/)[0]}`;

/** Inline wrappers broken markup puts around a paragraph ("<strong><p>"): no container. */
const INLINE = new Set(['a', 'b', 'strong', 'em', 'i', 'span', 'font', 'u', 'small']);

/** The block's containers as the page had them, inline wrappers left out. */
const containers = (blocks: Blocks, i: number): Element[] =>
  (blocks.family[i] ?? []).filter((el) => !INLINE.has(el.localName));

/** True when `el` is a container whose kind says something: it has a class. */
const classed = (el: Element | undefined): el is Element => Boolean(el?.getAttribute('class')?.trim());

/** True when the parent of one block (`up`) is of the same kind as the parent or grandparent of the other. */
function sameKind(up: Element[], other: Element[]): boolean {
  const parent = up[0];
  return classed(parent) && other.slice(0, 2).some((el) => classed(el) && kindOf(el) === kindOf(parent));
}

/**
 * True when blocks `a` and `b` sit in containers of the same kind (tag and class) under one ancestor a
 * few levels up: two text columns of one page-builder row, two sections of one document.
 */
function kin(blocks: Blocks, a: number, b: number): boolean {
  const [up, other] = [containers(blocks, a), containers(blocks, b)];
  if (!sameKind(up, other) && !sameKind(other, up)) return false;
  const family = new Set(up);
  return other.some((el) => family.has(el));
}

function linkShare(el: Element, length: number): number {
  const linked = Array.from(el.getElementsByTagName('a')).reduce(
    (n, a) => n + collapseSpaces(a.textContent).length,
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

/** Where a block recovered before the article's first one goes: before it (before its list if it is an item). */
function placeBefore(next: Element, block: Element): void {
  const list = next.parentElement;
  const anchor = next.localName === 'li' && block.localName !== 'li' && list ? list : next;
  anchor.before(block);
}

/** True when `block` reads as the article's prose (not a label, a teaser or a link). */
function isProse(block: Element): boolean {
  const text = collapseSpaces(block.textContent);
  return (
    /^(p|pre|blockquote|li)$/.test(block.localName) &&
    text.length >= MIN_PROSE_CHARS &&
    /[.!?…:;"»”)]/.test(text) &&
    linkShare(block, text.length) <= MAX_LINK_SHARE
  );
}

/** The lowest and highest kept block numbers (once: a long page has many blocks). */
const bounds = (kept: Map<number, Element>): [number, number] => [least(kept.keys()), greatest(kept.keys())];

/**
 * The dropped blocks between the first and last kept ones worth putting back: prose paragraphs, and the
 * subheadings that introduce a kept or recovered paragraph.
 */
function dropped(kept: Map<number, Element>, blocks: Blocks, text: string): Set<number> {
  const [first, last] = bounds(kept);
  const back = new Set<number>();
  for (let i = last - 1; i > first; i--) {
    if (kept.has(i)) continue;
    const block = blocks.list[i] as Element;
    const blockText = collapseSpaces(block.textContent);
    if (blockText === '' || text.includes(blockText)) continue;
    const neighbours = [i - 1, i + 1].filter((j) => kept.has(j) || back.has(j));
    if (!neighbours.some((j) => near(blocks, i, j))) continue;
    const heading = /^h[2-6]$/.test(block.localName);
    const introduces = kept.has(i + 1) || back.has(i + 1);
    if (isProse(block) || (heading && introduces && blockText.length <= 200)) back.add(i);
  }
  return back;
}

/** True when `heading` repeats the page's title: the headline stays out of the text. */
function isTitle(heading: string, title: string | null): boolean {
  const t = collapseSpaces(title).toLowerCase();
  const h = heading.toLowerCase();
  return t !== '' && (t.includes(h) || h.includes(t));
}

/**
 * The dropped blocks just before the first kept one worth putting back, nearest first: prose paragraphs
 * and the subheadings introducing them, each in a container of the same kind as the block after it. Stops
 * at the headline, or at the second block in a row that does not qualify.
 */
function leading(kept: Map<number, Element>, blocks: Blocks, text: string, title: string | null): number[] {
  const back: number[] = [];
  // The block after the candidate, and the nearest paragraph after it (what a paragraph is compared with).
  let next = bounds(kept)[0];
  let paragraph = next;
  let skips = 0;
  for (let i = next - 1; i >= 0 && skips <= MAX_LEADING_SKIPS; i--) {
    const block = blocks.list[i] as Element;
    const blockText = collapseSpaces(block.textContent);
    const heading = /^h[2-6]$/.test(block.localName);
    if (heading && isTitle(blockText, title)) break;
    const ref = heading ? next : paragraph;
    // Paragraphs only: a list before the text is a summary box ("Key points") or a table of contents.
    const isParagraph = block.localName === 'p' && isProse(block);
    // A subheading only over a paragraph put back: one right above the kept text is a kicker or a label.
    const introduces = back.length > 0 && i + 1 === next;
    const fits = isParagraph || (heading && introduces && blockText.length <= 200);
    if (
      blockText !== '' &&
      !text.includes(blockText) &&
      fits &&
      (near(blocks, i, ref) || kin(blocks, i, ref))
    ) {
      back.push(i);
      next = i;
      if (!heading) paragraph = i;
      skips = 0;
    } else skips++;
  }
  return back;
}

/**
 * Puts back into `article` the numbered blocks Readability dropped between two it kept, or just before them
 * (mutates it); `lead` is the standfirst about to be put back at the top.
 */
export function recoverBlocks(
  article: Element,
  blocks: Blocks,
  title: string | null = null,
  lead: Element | null = null,
): void {
  const kept = new Map<number, Element>();
  for (const el of Array.from(article.querySelectorAll(`[${ATTR}]`))) {
    kept.set(Number(el.getAttribute(ATTR)), el);
  }
  if (kept.size < 2) return;
  const text = collapseSpaces(article.textContent);
  const [low, high] = bounds(kept);
  let first = kept.get(low) as Element;
  // The standfirst is put back after this (lead-paragraph.ts): its copies lower in the page are not.
  const withLead = lead ? `${text} ${collapseSpaces(lead.textContent)}` : text;
  for (const i of leading(kept, blocks, withLead, title)) {
    const block = blocks.list[i] as Element;
    placeBefore(first, block);
    first = block;
  }
  const back = dropped(kept, blocks, text);
  let previous: Element | null = null;
  for (let i = low; i <= high; i++) {
    const inArticle = kept.get(i);
    if (inArticle) previous = inArticle;
    else if (previous && back.has(i)) {
      placeAfter(previous, blocks.list[i] as Element);
      previous = blocks.list[i] as Element;
    }
  }
}
