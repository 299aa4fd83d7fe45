/**
 * Readability scores a table's cells like paragraphs, so a long table of short entries (a list of
 * constituencies, MPs and their e-mail addresses; a results table) can outscore the story it illustrates
 * and be taken as the whole article. Such a choice is checked against the page's prose: when Readability's
 * article is mostly short table cells or list items and the page left outside it holds much more prose,
 * that prose is the article. (Readability climbs from a table's body to the story around it only when the
 * table's own score stays above a third of its body's: a borderline test that a big table can fail.)
 */

import { proseCentre } from '@/utils/article/extract/pre-clean';
import { letterCount } from '@/utils/article/letter-count';

/** Above this share of its text in table cells or list items, an article is tabular. */
const MIN_TABULAR_SHARE = 0.7;
/** ...and its entries this short on average (characters): names and figures, not items of prose. */
const MAX_ENTRY_CHARS = 60;
/** The prose outside must be this long, in this many paragraphs... */
const MIN_PROSE_CHARS = 1000;
const MIN_PROSE_PARAGRAPHS = 3;
/** ...and this many times the prose of the tabular article. */
const MIN_PROSE_RATIO = 2;

/** Characters of `root`'s text in table cells and list items (outermost ones), and how many entries hold them. */
function entries(root: Element): { chars: number; count: number } {
  let chars = 0;
  let count = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 1);
  let last: Element | null = null;
  while (walker.nextNode()) {
    const el = walker.currentNode as Element;
    if (last?.contains(el)) continue;
    const tag = el.localName.toLowerCase();
    if (tag !== 'td' && tag !== 'th' && tag !== 'li') continue;
    chars += letterCount(el);
    count++;
    last = el;
  }
  return { chars, count };
}

/** True when `root` is mostly short table cells or list items. */
export function isTabular(root: Element): boolean {
  const { chars, count } = entries(root);
  // The article's whole text is measured only when its entries are short enough to matter.
  if (count === 0 || chars / count > MAX_ENTRY_CHARS) return false;
  return chars >= MIN_TABULAR_SHARE * letterCount(root);
}

/** Characters of the paragraphs that are children of `el`, and how many there are. */
function ownProse(el: Element): { chars: number; count: number } {
  let chars = 0;
  let count = 0;
  for (const child of Array.from(el.children)) {
    if (child.localName.toLowerCase() !== 'p') continue;
    chars += letterCount(child);
    count++;
  }
  return { chars, count };
}

/**
 * True when `prose` (the page's paragraph centre, found outside the tabular `article`) is the story:
 * several paragraphs, long, and much more prose than `article` holds outside its entries.
 */
function proseOutweighs(article: Element, prose: Element | null): prose is Element {
  if (!prose) return false;
  const { chars, count } = ownProse(prose);
  const articleProse = letterCount(article) - entries(article).chars;
  return count >= MIN_PROSE_PARAGRAPHS && chars >= MIN_PROSE_CHARS && chars >= MIN_PROSE_RATIO * articleProse;
}

/** The article to keep: Readability's `article`, or the prose left in `rest` (its consumed document) when that is the story. */
export function preferProse(article: Element, rest: Document): Element {
  if (!isTabular(article) || !rest.body) return article;
  const prose = proseCentre(rest.body);
  return proseOutweighs(article, prose) ? prose : article;
}
