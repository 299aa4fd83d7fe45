import { collapseSpaces, foldWords } from '@/utils/shared/fold';
import { headingVerdict, type Verdict } from './block-cues';
import type { DomMeasure } from './dom-measure';
import { closestWhere, isMainContent } from './dom-walk';
import { pointerKind } from './pointer';
import type { LinkBlock } from './types';

const LABEL_MAX_WORDS = 12;
const INLINE_WRAPPERS = /^(STRONG|B|EM|I|U|SPAN|FONT|SMALL|MARK)$/;
// Tag names tested on every ancestor of every link: a Set look-up, not a regex run.
const PAGE_ROOTS = new Set(['BODY', 'HTML']);
const LISTS = new Set(['UL', 'OL']);
// Past this size an element is page structure, not a block: its first short child says nothing about it.
const BLOCK_MAX_CHARS = 4000;
const BLOCK_MAX_STORIES = 30;

/** The block's heading or label: its first child, when that is short text holding no story link. */
function labelVerdict(el: Element, anchor: Element, measure: DomMeasure): Verdict | null {
  // Only this test depends on the link; the rest is the block's own, read once for all its links.
  if (el.firstElementChild?.contains(anchor)) return null;
  return measure.labelVerdictOf(el, blockLabelVerdict);
}

/** `labelVerdict` of a block whose label does not hold the link asking. */
function blockLabelVerdict(el: Element, measure: DomMeasure): Verdict | null {
  if (/^(ARTICLE|MAIN|BODY|HTML)$/.test(el.tagName) || measure.holdsHeadline(el)) return null;
  const label = el.firstElementChild;
  if (!label || label.tagName === 'LI' || measure.storyCount(label) > 0) return null;
  const text = collapseSpaces(label.textContent);
  if (!text || text.split(' ').length > LABEL_MAX_WORDS) return null;
  if (measure.textLength(el) > BLOCK_MAX_CHARS || measure.storyCount(el) > BLOCK_MAX_STORIES) return null;
  return headingVerdict(foldWords(text));
}

/**
 * A label set just before a list of links, as its own line ("<p>Lesen Sie auch:</p><ul>…</ul>"): short text
 * holding no story link.
 */
function precedingLabelVerdict(el: Element, measure: DomMeasure): Verdict | null {
  const label = el.previousElementSibling;
  if (!label || /^(UL|OL|LI|A|IMG|FIGURE)$/.test(label.tagName) || measure.storyCount(label) > 0) return null;
  if (measure.holdsHeadline(label) || measure.storyCount(el) > BLOCK_MAX_STORIES) return null;
  const text = collapseSpaces(label.textContent);
  if (!text || text.split(' ').length > LABEL_MAX_WORDS) return null;
  return headingVerdict(foldWords(text));
}

/**
 * A link inside the article's running text: its parent holds prose besides links. A paragraph that is
 * mostly links ("DON'T MISS: <a>…</a> [VIDEO] <a>…</a>") or "Lire aussi : <a>…</a>" is a list, not prose.
 */
function isInline(anchor: Element, measure: DomMeasure): boolean {
  // A link without words (an image, a card's overlay) is no phrase of the text.
  if (measure.textLength(anchor) === 0 || !closestWhere(anchor, isMainContent)) return false;
  // A link wrapped alone in <strong> or <em> is judged by the paragraph around the wrapper.
  let parent = anchor.parentElement;
  while (
    parent &&
    INLINE_WRAPPERS.test(parent.tagName) &&
    measure.textLength(parent) <= measure.textLength(anchor) + 2
  )
    parent = parent.parentElement;
  if (!parent) return false;
  const linkText = measure.linkTextLength(parent);
  const prose = measure.textLength(parent) - linkText;
  return prose >= 20 && 2 * prose >= linkText;
}

/**
 * The block kind a verdict gives a container: suggestions of one story are an editor's pointer ("Auch
 * interessant: …" set in the text).
 */
function blockOf(verdict: Exclude<Verdict, 'exclude'>, el: Element, measure: DomMeasure): LinkBlock {
  return verdict === 'suggested' && measure.storyCount(el) <= 1 ? 'related' : verdict;
}

/** Whether a block of one story is an editor's pointer under a cue: « <p class=related>Related: <a>…</a></p> ». */
const cuedAlone = (anchor: Element, el: Element, measure: DomMeasure): boolean =>
  measure.storyCount(el) <= 1 && pointerKind(anchor, measure) === 'cued';

/** A link's block kind and the container that says so (null when none does: text links, pointers). */
export interface BlockAt {
  block: LinkBlock;
  container: Element | null;
  /** An editor's pointer with its cue (« Lire aussi : <a>…</a> »). */
  cued?: boolean;
}

/**
 * The kind of block a link sits in, from the nearest container that says anything (attributes, then
 * heading), with that container; null when it is page chrome (navigation, share bar, comments, cookie banner...).
 */
export function linkBlock(anchor: Element, measure: DomMeasure): BlockAt | null {
  // A list's label set before it says what the list is, unless a block around it is chrome (a menu).
  let labelled: BlockAt | null = null;
  for (let el = anchor.parentElement; el && !PAGE_ROOTS.has(el.tagName); el = el.parentElement) {
    const byAttributes = measure.verdictOf(el);
    // A class may say "related" on every list of the site: a heading saying "More stories" is more precise.
    const byLabel =
      byAttributes === null || byAttributes === 'related' ? labelVerdict(el, anchor, measure) : null;
    const verdict = (byAttributes === 'related' && byLabel === 'latest' ? byLabel : byAttributes) ?? byLabel;
    // Chrome as large as the page (an ASP.NET <form> around it all) is page structure, not a menu.
    if (verdict === 'exclude') return labelled && measure.textLength(el) > BLOCK_MAX_CHARS ? labelled : null;
    if (verdict)
      return (
        labelled ?? {
          block: blockOf(verdict, el, measure),
          container: el,
          cued: cuedAlone(anchor, el, measure),
        }
      );
    if (!labelled && LISTS.has(el.tagName)) {
      const before = precedingLabelVerdict(el, measure);
      if (before === 'exclude') return null;
      if (before) labelled = { block: blockOf(before, el, measure), container: el };
    }
  }
  if (labelled) return labelled;
  // An editor's pointer in the text ("Lire : <a>…</a>") names a story on the subject, as a related block does.
  const pointer = pointerKind(anchor, measure);
  if (pointer) return { block: 'related', container: null, cued: pointer === 'cued' };
  return { block: isInline(anchor, measure) ? 'inline' : 'other', container: null };
}
