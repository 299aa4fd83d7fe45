import { elementsWhere } from '@/utils/article/tag-walk';
import { collapseSpaces, foldWords } from '@/utils/shared/fold';
import type { DomMeasure } from './dom-measure';
import { closestWhere, isMainContent, linksIn } from './dom-walk';
import { cueSet, LABEL_ONLY_CUES, READ_ALSO_CUES } from './read-also-cues';

/**
 * The cue an editor writes before a link to another story in the text ("Lire : …", "Related: …", "See also",
 * "Mehr zum Thema"), folded. A whole label, not a phrase: "read" alone is a cue, "read the report" is text.
 */
const POINTER_CUES = cueSet([...READ_ALSO_CUES, ...LABEL_ONLY_CUES]).phrases;

// Elements a pointer's line is made of; the first other ancestor is the line itself.
const INLINE_TAGS = /^(A|STRONG|B|EM|I|U|SPAN|FONT|SMALL|MARK)$/;
// A pointer line is short: a label and a headline, not a paragraph of prose around a link.
const LINE_MAX_CHARS = 300;
// "[Read: …]", "(Lire aussi : …)" written inside the link itself.
const CUE_IN_LINK = /^[[(«]?\s*([^:[\]()]{1,30}?)\s*:/u;

/** The line (paragraph, list item, small block) a link sits in. */
function lineOf(anchor: Element): Element | null {
  let el = anchor.parentElement;
  while (el && INLINE_TAGS.test(el.tagName)) el = el.parentElement;
  return el;
}

const isCue = (text: string): boolean => POINTER_CUES.has(foldWords(text));

// "Related: <a>…</a> | <a>…</a>": a line of pointers holds a few stories.
const MAX_STORIES_ON_LINE = 3;
// What may stand between the stories of a line of pointers: separators, "and", "et", "und", "y".
const LINK_SEPARATORS = /(?:^|\s)(?:[|·•,;/–—-]|and|et|und|y|e)(?=\s|$)/gu;

/** A line that holds, besides its links, only a cue and separators: "Related: <a>…</a> | <a>…</a>". */
function isCueLine(line: Element): boolean {
  let rest = (line.textContent ?? '').replace(/\s+/g, ' ');
  for (const a of linksIn(line)) {
    const text = collapseSpaces(a.textContent);
    if (text) rest = rest.replace(text, ' ');
  }
  return isCue(rest.replace(LINK_SEPARATORS, ' ').trim());
}

// A card's label is a few words: « TAMBIÉN LEA », "Related".
const LABEL_MAX_CHARS = 40;

/** Whether a card holds a label of its own that is a cue (« <div>TAMBIÉN LEA</div> »). */
function hasCueLabel(card: Element): boolean {
  return (
    elementsWhere(card, (el) => {
      if (el.firstElementChild) return false;
      const text = (el.textContent ?? '').trim();
      return text.length > 0 && text.length <= LABEL_MAX_CHARS && isCue(text);
    }).length > 0
  );
}

/**
 * A card set apart in the article's text that links one story: an inset, as an `<aside>` in an `<article>`, or as
 * an `<article>` of its own inside the article under a cue (« TAMBIÉN LEA »). The card, or null.
 */
function insetOf(anchor: Element, measure: DomMeasure): Element | null {
  for (let el = anchor.parentElement; el; el = el.parentElement) {
    if (el.tagName === 'ASIDE')
      return measure.storyCount(el) === 1 && closestWhere(el, isMainContent) !== null ? el : null;
    if (
      el.tagName === 'ARTICLE' &&
      // The story's own <article> (it holds the headline) is no card inset in it.
      !measure.holdsHeadline(el) &&
      closestWhere(el.parentElement, isMainContent) !== null &&
      measure.storyCount(el) === 1 &&
      hasCueLabel(el)
    )
      return el;
  }
  return null;
}

/** How a link is an editor's pointer: with a cue the editor wrote ("Lire aussi :"), or bare. */
export type PointerKind = 'cued' | 'bare';

/**
 * Whether a link is an editor's pointer to another story, set in the text on a line of its own: the line holds
 * this one story and, besides the link, only a cue ("Lire : <a>…</a>", "<b>Related:</b> <a>…</a>",
 * "<a>[Read: …]</a>") or brackets ("[<a>…</a>]"); or the one story of an inset card in the article.
 */
export function pointerKind(anchor: Element, measure: DomMeasure): PointerKind | null {
  // An inset under its own cue label (« <aside><span>À lire aussi</span> <a>…</a></aside> ») is the editor's pick.
  const inset = insetOf(anchor, measure);
  if (inset) return hasCueLabel(inset) ? 'cued' : 'bare';
  const line = lineOf(anchor);
  if (!line || measure.textLength(line) > LINE_MAX_CHARS) return null;
  const stories = measure.storyCount(line);
  if (stories > 1) return stories <= MAX_STORIES_ON_LINE && isCueLine(line) ? 'cued' : null;
  const linkText = collapseSpaces(anchor.textContent);
  if (!linkText) return null;
  const cueInLink = CUE_IN_LINK.exec(linkText)?.[1];
  if (cueInLink && isCue(cueInLink)) return 'cued';
  const lineText = collapseSpaces(line.textContent);
  const rest = lineText.replace(linkText, ' ').trim();
  if (isCue(rest)) return 'cued';
  // Nothing but brackets around the link: "[<a>Bardo museum houses Roman treasures</a>]".
  if (/^[[(]\s*[\])]$/.test(rest.replace(/\s+/g, ''))) return 'bare';
  // A paragraph of the article that is nothing but the link: "<p><b><a>SPICER ELIMINATED…</a></b></p>".
  return rest === '' && line.tagName === 'P' && closestWhere(line, isMainContent) !== null ? 'bare' : null;
}

/** Whether a link is an editor's pointer to another story (see `pointerKind`). */
export const isPointer = (anchor: Element, measure: DomMeasure): boolean =>
  pointerKind(anchor, measure) !== null;
