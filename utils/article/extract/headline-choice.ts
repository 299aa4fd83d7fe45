/**
 * Readability weighs blocks by their class names ("article" +25, "comment" -25); on a page whose classes
 * are hashed that hint is gone, and a long thread of comments or a sidebar can outscore a short story.
 * The page's headline stands in for it: the block that holds the headline and goes on with text (the
 * story printed under its title) is marked before Readability runs. That block is the article when
 * Readability took nothing of it, nor the blocks of text right after it (the rest of the same story), and
 * it holds a story's worth of prose (runs of text outside links, lists and tables), most of its text, not
 * dwarfed by Readability's choice (a header's author bio beside a long story is no story).
 */
import { firstHeadline } from '@/utils/article/extract/element-queries';
import { BLOCK_ATTR } from '@/utils/article/extract/recover-blocks';
import { letterCount, lettersIn } from '@/utils/article/letter-count';
import { lowerWords } from '@/utils/shared/word-runs';

const ATTR = 'data-liseuse-headline';
const NEXT_ATTR = 'data-liseuse-headline-next';
/** Prose is not what lists and tables print: their entries (ingredients, figures) are not the story. */
const ENTRIES = new Set(['li', 'td', 'th', 'dt', 'dd']);
/** A headline has at least this many words (a site's name in an `<h1>` has fewer)... */
const MIN_HEADLINE_WORDS = 3;
/** ...and this share of them in the page's title. */
const MIN_TITLE_SHARE = 0.6;
/** The headline's block holds at least this many characters beyond the headline (more than a byline). */
const MIN_TEXT_BEYOND = 200;
/** ...and, to be the article, this many characters of prose (outside links, lists and tables)... */
const MIN_PROSE = 600;
/** ...and at least this share of the letters it held before Readability (it gave nothing to the article)... */
const MIN_KEPT_SHARE = 0.9;
/** ...and prose for most of its text (a recipe's card is labels, quantities and buttons around its steps)... */
const MIN_PROSE_SHARE = 0.7;
/** ...and prose of at least this share of the letters of Readability's choice. */
const MIN_SHARE_OF_CHOICE = 0.1;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const SHOW_TEXT = 4;
/** A run of text this long at least is a sentence's worth; labels, figures and ingredients are shorter. */
const MIN_RUN_LETTERS = 40;

/** Letters of `root`'s runs of text outside links, lists and tables: its prose. */
function prose(root: Element): number {
  let n = 0;
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const run = lettersIn(node.nodeValue ?? '');
    if (run < MIN_RUN_LETTERS) continue;
    let inEntry = false;
    for (let el = node.parentElement; el && el !== root && !inEntry; el = el.parentElement) {
      const tag = el.localName.toLowerCase();
      inEntry = tag === 'a' || ENTRIES.has(tag);
    }
    if (!inEntry) n += run;
  }
  return n;
}

/** True when `headline` reads as the page's title: a few words, most of them in `title`. */
function isTitleLine(headline: Element, title: string): boolean {
  const own = lowerWords(headline.textContent ?? '');
  if (own.length < MIN_HEADLINE_WORDS) return false;
  const inTitle = new Set(lowerWords(title));
  return own.filter((w) => inTitle.has(w)).length >= MIN_TITLE_SHARE * own.length;
}

const FOLLOWING = 4;
/** Blocks of text looked at after the headline's block: a disclosure or a date may stand before the rest. */
const NEXT_BLOCKS = 3;

/** The numbers of the first blocks of text after `block` (its own aside) among `blocks` (in document order). */
function nextBlocks(block: Element, blocks: readonly Element[]): string[] {
  const out: string[] = [];
  for (const el of blocks) {
    if (out.length >= NEXT_BLOCKS) break;
    if (!(block.compareDocumentPosition(el) & FOLLOWING) || block.contains(el)) continue;
    if (letterCount(el) >= MIN_RUN_LETTERS) out.push(el.getAttribute(BLOCK_ATTR) ?? '');
  }
  return out;
}

/** Letters of a child node: an element's text, a text node's own; comments hold none. */
function childLetters(node: ChildNode): number {
  if (node.nodeType === ELEMENT_NODE) return letterCount(node as Element);
  const text = node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE;
  return text ? lettersIn(node.nodeValue ?? '') : 0;
}

/**
 * Marks the smallest ancestor of the page's first `<h1>` holding text beyond it, when that `<h1>` is the
 * page's `title`, with its letters and the numbers of the blocks of text after it (`blocks`, numbered by
 * `markBlocks`).
 */
export function markHeadlineBlock(doc: Document, title: string | null, blocks: readonly Element[]): void {
  const headline = firstHeadline(doc);
  if (!headline || !title || !isTitleLine(headline, title)) return;
  const own = letterCount(headline);
  let total = own;
  let below: Element = headline;
  for (let el = headline.parentElement; el && el !== doc.body; el = el.parentElement) {
    // The letters of `el` are those of the ancestor below it, counted already, and of its other children:
    // reading each ancestor's whole text again would read the page's text once per level.
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child !== below) total += childLetters(child);
    }
    below = el;
    // A header holds the headline with its standfirst, byline or author's bio: the story is around it.
    if (total - own < MIN_TEXT_BEYOND || el.localName.toLowerCase() === 'header') continue;
    el.setAttribute(ATTR, String(total));
    el.setAttribute(NEXT_ATTR, nextBlocks(el, blocks).join(' '));
    return;
  }
}

/** The article to keep: Readability's `article`, or the headline's block left whole in `rest`. */
export function preferHeadlineBlock(article: Element, rest: Document): Element {
  // Taken into the article, the block is no alternative to it.
  article.querySelector(`[${ATTR}]`)?.removeAttribute(ATTR);
  const block = rest.querySelector(`[${ATTR}]`);
  if (!block) return article;
  const before = Number(block.getAttribute(ATTR));
  const next = (block.getAttribute(NEXT_ATTR) ?? '').split(' ').filter(Boolean);
  block.removeAttribute(ATTR);
  block.removeAttribute(NEXT_ATTR);
  const own = prose(block);
  // A header's standfirst or its author's bio beside a long story is no story of its own.
  const total = letterCount(block);
  if (total < MIN_KEPT_SHARE * before || own < MIN_PROSE || own < MIN_PROSE_SHARE * total) return article;
  if (own < MIN_SHARE_OF_CHOICE * letterCount(article)) return article;
  // Readability's choice goes on right after the block: it is the rest of the same story.
  if (next.some((n) => article.querySelector(`[${BLOCK_ATTR}="${n}"]`))) return article;
  return block;
}
