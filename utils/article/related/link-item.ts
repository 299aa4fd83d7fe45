import { collapseSpaces } from '@/utils/shared/fold';
import { attributeWords } from './block-cues';
import type { DomMeasure } from './dom-measure';
import { descendants } from './dom-walk';
import { isCategoryLink, sectionForms } from './page-context';

const ITEM_MAX_CHARS = 600;
const SNIPPET_MAX_CHARS = 300;
const CATEGORY_CLASS = /\b(cat|cats|category|categorie|rubrique|kicker|section)\b/;
/** Most classes have none of those words and no accent: skipped before folding them (same answer, cheaper). */
const CATEGORY_HINT = /cat|rubrique|kicker|section|[^ -~]/i;
const isCategoryLabel = (el: Element): boolean => {
  const value = el.getAttribute('class') ?? '';
  return CATEGORY_HINT.test(value) && CATEGORY_CLASS.test(attributeWords(value));
};

/** The list item or card around a story link: the largest ancestor that links to no other story. */
export function linkItem(anchor: Element, measure: DomMeasure): Element {
  let item = anchor;
  for (
    let el = anchor.parentElement;
    el && !/^(BODY|HTML|MAIN|ARTICLE)$/.test(el.tagName);
    el = el.parentElement
  ) {
    if (measure.storyCount(el) > 1 || measure.textLength(el) > ITEM_MAX_CHARS) break;
    item = el;
    // An inset card is the link's whole item: the section around it (a live blog's entry) titles other news.
    if (el.tagName === 'ASIDE') return item;
  }
  // An <article> card is a fine item as long as it is small (a listing card, not the page's article).
  const card = item.parentElement;
  if (
    card?.tagName === 'ARTICLE' &&
    measure.storyCount(card) <= 1 &&
    measure.textLength(card) <= ITEM_MAX_CHARS
  ) {
    return card;
  }
  return item;
}

/** Category links and labels shown in an item (its teaser and its section both read them). */
export function categoryElements(item: Element, base: string): Element[] {
  const inside = descendants(item);
  const links = inside.filter((el) => el.tagName === 'A' && isCategoryLink(el, base));
  const labels = inside.filter(isCategoryLabel);
  return [...new Set([...links, ...labels])];
}

/** Whether the item shows a category that is the page's own section. */
export function itemInSection(
  categories: readonly Element[],
  base: string,
  sections: ReadonlySet<string>,
): boolean {
  if (sections.size === 0) return false;
  return categories.some((el) => sectionForms(el, base).some((form) => sections.has(form)));
}

/** Text of a subtree with a space between nodes: `textContent` glues "carte.</p><p>Lire" into one word. */
function spacedText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) out += ` ${spacedText(child)}`;
  return out;
}

/** The item's teaser: its text without the title and category labels, collapsed and capped. */
export function itemSnippet(item: Element, title: string, categories: readonly Element[]): string {
  const labels = categories.map((el) => collapseSpaces(el.textContent));
  let text = collapseSpaces(spacedText(item));
  for (const part of [title, ...labels]) if (part) text = text.replace(part, ' ');
  const clean = collapseSpaces(text);
  return clean.length > SNIPPET_MAX_CHARS ? `${clean.slice(0, SNIPPET_MAX_CHARS).trimEnd()}…` : clean;
}
