/**
 * The standfirst (lead, intro, deck, chapô) that many templates print in the article's header, next to
 * the headline, outside the container Readability keeps: found before Readability runs, put back at the
 * top of the article when Readability left it out. A lead is the first block after the headline that
 * its markup names a lead, or whose text is the page's own description, short and not a list of links.
 */

import { collapsedLengthExceeds } from '@/utils/article/collapsed-length';
import { isCreditLine } from '@/utils/article/extract/trim-meta-lines';
import { collapseSpaces } from '@/utils/shared/fold';
import { lowerWords } from '@/utils/shared/word-runs';

/** Class-name words of a standfirst across CMSs and languages (matched as whole words of a class). */
const LEAD_WORDS = new Set([
  'lead',
  'lede',
  'intro',
  'standfirst',
  'deck',
  'dek',
  'subtitle',
  'subheadline',
  'strapline',
  'summary',
  'excerpt',
  'abstract',
  'chapo',
  'chapeau',
  'sapo',
  'bajada',
  'entradilla',
  'sommario',
  'catenaccio',
  'vorspann',
  'anriss',
  'teaser',
  'description',
]);
/** Words that make a "description" or "lead" block something else: a picture's, a video's, the site's. */
const NOT_LEAD_WORDS = new Set([
  'image',
  'img',
  'photo',
  'picture',
  'video',
  'media',
  'site',
  'caption',
  'credit',
  'logo',
  'meta',
  'author',
  'byline',
  'date',
  'nav',
  'menu',
]);
const MIN_CHARS = 40;
const MAX_CHARS = 800;
/** Share of a lead's text that may sit in links. */
const MAX_LINK_SHARE = 0.3;
/** How far after the headline a lead may start, in elements. */
const MAX_DISTANCE = 200;
/** A paragraph this long that is not a lead is the body's start: no lead is looked for past it. */
const BODY_PARAGRAPH_CHARS = 120;
/** Elements a standfirst is written in. */
const CANDIDATE_TAGS = new Set(['p', 'div', 'h2', 'h3', 'section', 'span', 'header', 'strong']);

/** Whole words of a class attribute: split on spaces, `-`, `_` and camelCase humps. */
function classWords(el: Element): string[] {
  const cls = el.getAttribute('class');
  if (!cls) return [];
  return cls
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/);
}

/** Whether the markup names `el` a standfirst ("chapeau", "standfirst", "dek"…): a header's, not the story's prose. */
export const namedLead = (el: Element): boolean => classWords(el).some((w) => LEAD_WORDS.has(w));

function linkShare(el: Element, length: number): number {
  const linked = Array.from(el.getElementsByTagName('a')).reduce(
    (n, a) => n + collapseSpaces(a.textContent).length,
    0,
  );
  return linked / Math.max(1, length);
}

/** True when `el` reads like a standfirst: named so (or the page's description), short, little linked. */
function isLead(el: Element, description: string): boolean {
  // Settled without reading the whole text of the large blocks met on the way (the article's wrappers).
  if (collapsedLengthExceeds(el, MAX_CHARS)) return false;
  const text = collapseSpaces(el.textContent);
  if (text.length < MIN_CHARS || text.length > MAX_CHARS) return false;
  const words = classWords(el);
  if (words.some((w) => NOT_LEAD_WORDS.has(w)) || el.querySelector('img, picture, video, iframe, figure'))
    return false;
  const named = namedLead(el);
  const described = description.length >= MIN_CHARS && text.startsWith(description.slice(0, MIN_CHARS));
  // A picture's caption with its credit sits right under many headlines too.
  return (named || described) && linkShare(el, text.length) <= MAX_LINK_SHARE && !isCreditLine(text);
}

/** The first element after `el` and its subtree, in document order. */
function after(el: Element): Element | null {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}

/** An `<h2>` headline (templates that keep `<h1>` for the logo) is at least this long. */
const MIN_H2_HEADLINE_CHARS = 15;

/**
 * The article's headline: the longest `<h1>`, or `<h2>` of some length (templates that keep `<h1>` for the
 * logo or the section), that the page's title contains (or that contains it), else the first `<h1>` of some length.
 */
function headlineOf(doc: Document, title: string): Element | null {
  const h1s = Array.from(doc.body?.getElementsByTagName('h1') ?? []);
  const wanted = collapseSpaces(title).toLowerCase();
  const matches = (h: Element) => {
    const text = collapseSpaces(h.textContent).toLowerCase();
    return text.length > 0 && wanted.length > 0 && (wanted.includes(text) || text.includes(wanted));
  };
  // The longest match: a page's title usually holds the site's name too, which a logo's h1 may be.
  const longest = (hs: Element[]) =>
    hs
      .filter(matches)
      .sort((a, b) => collapseSpaces(b.textContent).length - collapseSpaces(a.textContent).length)[0];
  const h2s = () =>
    Array.from(doc.body?.getElementsByTagName('h2') ?? []).filter(
      (h) => collapseSpaces(h.textContent).length >= MIN_H2_HEADLINE_CHARS,
    );
  return longest([...h1s, ...h2s()]) ?? h1s.find((h) => collapseSpaces(h.textContent).length >= 15) ?? null;
}

/**
 * A detached copy of the page's standfirst, or null: the first lead-like block after the headline and
 * before the body's first long paragraph. `title` and `description` are the page's own (metadata).
 */
export function findLead(doc: Document, title: string | null, description: string | null): Element | null {
  const headline = headlineOf(doc, title ?? doc.title ?? '');
  if (!headline) return null;
  const wanted = collapseSpaces(description);
  // linkedom's TreeWalker cannot start from a node: the walk in document order is done by hand.
  let el = after(headline);
  for (let steps = 0; el && steps < MAX_DISTANCE; steps++) {
    if (CANDIDATE_TAGS.has(el.localName.toLowerCase()) && isLead(el, wanted)) {
      return el.cloneNode(true) as Element;
    }
    if (el.localName.toLowerCase() === 'p' && collapseSpaces(el.textContent).length >= BODY_PARAGRAPH_CHARS)
      return null;
    el = el.firstElementChild ?? after(el);
  }
  return null;
}

/** Share of a lead's words found in the article's opening above which the lead only restates it. */
const RESTATED_SHARE = 0.8;

/** The opening compared with a lead is the lead's length and this many characters more. */
const OPENING_SLACK = 200;
/** Shorter "sentences" (a byline, "U.S.") say nothing of what the lead adds. */
const MIN_SENTENCE_WORDS = 5;

/**
 * True when the article's opening already says what `lead` says, sentence by sentence: a standfirst often
 * opens with the body's first sentence, or shortens it ("X found 475 pounds of cocaine" above "X found
 * Sunday 475 pounds (215 kilos) of cocaine, officers said"). One sentence of its own makes it a standfirst.
 */
function restates(article: string, lead: string): boolean {
  const opening = new Set(lowerWords(article.slice(0, lead.length + OPENING_SLACK)));
  return lead
    .split(/(?<=[.!?])\s+/)
    .map(lowerWords)
    .filter((words) => words.length >= MIN_SENTENCE_WORDS)
    .every((words) => words.filter((w) => opening.has(w)).length >= RESTATED_SHARE * words.length);
}

/** Puts `lead` at the top of `root` unless the article already says it (mutates `root`). */
export function restoreLead(root: Element, lead: Element | null): void {
  if (!lead) return;
  const text = collapseSpaces(lead.textContent).replace(/\s*(?:…|\.\.\.)$/, '');
  const article = collapseSpaces(root.textContent);
  if (article.includes(text) || restates(article, text)) return;
  root.prepend(lead);
}
