/**
 * Removes "more stories" blocks Readability leaves inside articles ("You may also like...", "Don't miss"):
 * runs of two or more sibling blocks made only of links or of story cards, with the short line just before
 * them, and the teasers of `teasers.ts`. Runs on Readability's output (a clone or a consumed copy), never
 * on the page, and never removes more than half of it.
 */
import {
  isLeadIn,
  isLinkBlock,
  LINK_DENSITY,
  measure,
  type TextMeasure,
} from '@/utils/article/extract/link-measure';
import {
  isLinkCard,
  isLinkParagraph,
  isShoutedLink,
  isTeaser,
  labelledLink,
} from '@/utils/article/extract/teasers';

/** A story card is at most this many letters: a linked headline and a line or two of teaser. */
const MAX_CARD_CHARS = 400;
const CARD_HEADING = 'h1, h2, h3, h4, h5, h6';

/**
 * A card of a "more stories" grid: a short block whose headline is a link ("<article><h2><a>Other
 * story</a></h2><p>Teaser.</p></article>"). Alone it may be the article's own section; two in a row are a grid.
 */
function isStoryCard(el: Element, m: TextMeasure): boolean {
  if (!/^(ARTICLE|DIV|LI|SECTION)$/.test(el.tagName)) return false;
  const total = m.total.get(el) ?? 0;
  if (total === 0 || total > MAX_CARD_CHARS) return false;
  const heading = el.querySelector(CARD_HEADING);
  const headingTotal = heading ? (m.total.get(heading) ?? 0) : 0;
  return heading !== null && headingTotal > 0 && (m.linked.get(heading) ?? 0) / headingTotal >= LINK_DENSITY;
}

/** Runs of link-only sibling blocks under `parent`, with their lead-in, added to `doomed`. */
function linkRuns(parent: Element, m: TextMeasure, doomed: Set<Element>): void {
  let run: Element[] = [];
  const flush = () => {
    // A list of links counts as a run by itself.
    const list =
      run.length === 1 && /^(UL|OL)$/.test(run[0]?.tagName ?? '') && (run[0]?.children.length ?? 0) >= 2;
    if (run.length >= 2 || list) {
      const lead = run[0]?.previousElementSibling ?? null;
      if (isLeadIn(lead, m)) doomed.add(lead);
      for (const el of run) doomed.add(el);
    }
    run = [];
  };
  for (const child of Array.from(parent.children)) {
    if (isLinkBlock(child, m) || isStoryCard(child, m)) run.push(child);
    else flush();
  }
  flush();
}

function hasAncestorIn(el: Element, set: Set<Element>, root: Element): boolean {
  for (let at = el.parentElement; at && at !== root; at = at.parentElement) if (set.has(at)) return true;
  return false;
}

/** At most this share of the article goes: a page made of links (a link roll, a list of sources) stays. */
const MAX_REMOVED_SHARE = 0.5;

/** Drops link lists and teasers anywhere in `root` (mutates it). */
export function trimLinkLists(root: Element): void {
  const m = measure(root);
  const doomed = new Set<Element>();
  for (const el of m.linked.keys()) {
    if (isTeaser(el, m) || isLinkParagraph(el, m) || isShoutedLink(el, m)) {
      doomed.add(el);
      const lead = el.previousElementSibling;
      if (isLeadIn(lead, m)) doomed.add(lead);
    } else if (isLinkCard(el, m)) {
      // Unlabelled: the line before it is the article's own (a subheading), not the card's lead-in.
      doomed.add(el);
    } else labelledLink(el, m, doomed);
  }
  // Only elements holding linked text can hold a link list.
  for (const parent of [root, ...m.linked.keys()])
    if (parent.children.length >= 2) linkRuns(parent, m, doomed);
  const outermost = [...doomed].filter((el) => !hasAncestorIn(el, doomed, root));
  const removed = outermost.reduce((n, el) => n + (m.total.get(el) ?? 0), 0);
  if (removed > MAX_REMOVED_SHARE * (m.total.get(root) ?? 0)) return;
  for (const el of outermost) el.remove();
}
