/**
 * Removes page furniture before Readability scores the page (as trafilatura and jusText do): blocks whose
 * markup names them sharing bars, comments, newsletters, related stories, ads, cookie notices, navigation
 * (see `boilerplate-cues`). Readability strips some of these itself, but keeps any whose class also says
 * "content" or "article" ("share-content", "article-related"), and scores the rest into its choice.
 * A block is kept whatever its markup when it holds the headline or a large share of the page's text:
 * themes put such words on the wrappers of whole pages ("has-sidebar", "comments-open").
 */
import {
  isControlLabel,
  isFurnitureMarked,
  markerOf,
  removeFurniture,
} from '@/utils/article/extract/boilerplate-cues';
import { commentThread } from '@/utils/article/extract/comment-thread';
import { isCookieNotice, mentionsCookieNotice } from '@/utils/article/extract/cookie-notice';
import { elementsTagged, firstHeadline } from '@/utils/article/extract/element-queries';
import { outermost } from '@/utils/article/extract/outermost';
import { asFigcaption, isCaptionBlock } from '@/utils/article/extract/prune-article';
import { elementsWhere, hasNativeSelectors, tagOf } from '@/utils/article/tag-walk';

/** Elements that are furniture by their tag alone (still subject to the size guard). */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'dialog']);
/** Never removed here: the structure everything else hangs from, and what carries content. */
const PROTECTED_TAGS = new Set(['html', 'body', 'main', 'p', 'h1', 'table', 'tbody', 'tr', 'td', 'pre']);
/** The itemprop of the declared article body, as schema.org spells it and as some themes write it. */
const ARTICLE_BODY_PROPS = new Set(['articleBody', 'articlebody']);
/** Never content: what a page runs or styles itself with. */
const NOT_CONTENT = new Set(['script', 'style', 'template']);
/** A block holding more than this share of the page's text is kept whatever its markup says. */
const MAX_TEXT_SHARE = 0.3;

/** Length of an element's text, spaces included: only compared with others measured alike. */
const textLength = (el: Element): number => el.textContent?.length ?? 0;

/**
 * A furniture-marked block holding more than this share of the page's paragraph text, in this many
 * paragraphs at least, is the prose centre anyway (one line of a comment form is not prose).
 */
const MARKED_CENTRE_SHARE = 0.5;
const MARKED_CENTRE_PARAGRAPHS = 3;

/**
 * The element whose own paragraphs hold the most text, furniture aside: where the article's prose most
 * likely is (a theme may wrap it in "socialicons-sticky"). A block whose markup names it furniture counts
 * only when it holds most of the page's prose ("cuerpo-ad": an ad word on the article's own body). One
 * pass over the paragraphs.
 */
export function proseCentre(root: Element): Element | null {
  const scores = new Map<Element, number>();
  const counts = new Map<Element, number>();
  let total = 0;
  for (const p of Array.from(root.getElementsByTagName('p'))) {
    const parent = p.parentElement;
    if (!parent) continue;
    const length = textLength(p);
    total += length;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    counts.set(parent, (counts.get(parent) ?? 0) + 1);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [parent, score] of scores) {
    if (score <= bestScore) continue;
    const most = score > MARKED_CENTRE_SHARE * total && (counts.get(parent) ?? 0) >= MARKED_CENTRE_PARAGRAPHS;
    if (most || !isFurnitureMarked(parent)) [best, bestScore] = [parent, score];
  }
  return best;
}

/** The declared article body's selector, for a browser's own DOM. */
const ARTICLE_BODY = [...ARTICLE_BODY_PROPS].map((prop) => `[itemprop="${prop}"]`).join(',');

/**
 * The declared article bodies: a browser's selectors find them natively; on a DOM written in JavaScript a walk
 * costs less than its selector engine.
 */
function articleBodies(doc: Document): Element[] {
  if (hasNativeSelectors(doc)) return Array.from(doc.querySelectorAll(ARTICLE_BODY));
  return elementsWhere(doc, (el) => ARTICLE_BODY_PROPS.has(el.getAttribute('itemprop') ?? ''));
}

/** The headline, the declared article body and the prose centre, with all their ancestors. */
function protectedElements(doc: Document, body: Element): Set<Element> {
  const keep = new Set<Element>();
  const anchors = [firstHeadline(doc), proseCentre(body), ...articleBodies(doc)];
  for (const anchor of anchors) {
    for (let el: Element | null = anchor; el; el = el.parentElement) keep.add(el);
  }
  return keep;
}

/**
 * Furniture elements of `root` in document order, each small enough to go, and captions written as
 * ordinary blocks (descendants of a chosen one are skipped; those of one too large to go are still looked at).
 */
function furniture(
  root: Element,
  keep: Set<Element>,
  maxText: number,
): Array<[Element, 'furniture' | 'caption' | 'figcaption']> {
  const pick = (el: Element): 'furniture' | 'caption' | 'figcaption' | null => {
    const tag = tagOf(el);
    if (keep.has(el)) return null;
    const marker = markerOf(el);
    if (!PROTECTED_TAGS.has(tag)) {
      // Before Readability: it unwraps a control holding a single paragraph, and its class goes with it.
      if (isControlLabel(el, marker)) return 'furniture';
      if ((FURNITURE_TAGS.has(tag) || isFurnitureMarked(el, marker)) && textLength(el) <= maxText)
        return 'furniture';
    }
    // Before Readability too: it puts a caption's bare text in a new paragraph and drops the wrapper whose
    // class named it a caption; a <figcaption> it keeps (and its credit inside is part of it). A paragraph
    // may be a caption; a table's parts may not.
    if (tag === 'figcaption') return 'figcaption';
    return (tag === 'p' || !PROTECTED_TAGS.has(tag)) && isCaptionBlock(el, marker) ? 'caption' : null;
  };
  return outermost(root, pick);
}

/** A paragraph among this many others of its container is the article quoting a notice, not the notice. */
const MIN_PROSE_SIBLINGS = 3;

/**
 * Removes the paragraphs that are a cookie notice by their words (see `cookie-notice`), with the box that
 * holds only them and their buttons: before Readability, which may score them above an article of tables.
 */
export function removeCookieNotices(body: Element, bodyText: string): void {
  // One look at the whole text first: most pages hold no notice, and each paragraph's text costs a walk.
  if (!mentionsCookieNotice(bodyText)) return;
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    const text = p.textContent ?? '';
    if (!isCookieNotice(text)) continue;
    const parent = p.parentElement;
    if (!parent || !p.isConnected) continue;
    const siblings = parent.getElementsByTagName('p');
    const prose = Array.from(siblings).filter((s) => s !== p && !isCookieNotice(s.textContent ?? ''));
    if (prose.length >= MIN_PROSE_SIBLINGS) continue;
    // The notice's box: its paragraphs and an "Accept" button, nothing else of length.
    const box = prose.length === 0 && parent !== body && textLength(parent) < 1.5 * text.length ? parent : p;
    box.remove();
  }
}

/** Removes furniture from `doc` (which the caller owns: a clone or a consumed document). */
export function preClean(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const el of elementsTagged(body, NOT_CONTENT)) el.remove();
  const bodyText = body.textContent ?? '';
  removeCookieNotices(body, bodyText);
  // Readers' comments told by their "Name says:" lines, wherever the class that named them is meaningless.
  commentThread(body, bodyText)?.remove();
  const maxText = MAX_TEXT_SHARE * bodyText.length;
  for (const [el, kind] of furniture(body, protectedElements(doc, body), maxText)) {
    if (kind === 'caption') asFigcaption(el);
    else if (kind === 'furniture') removeFurniture(el);
  }
}
