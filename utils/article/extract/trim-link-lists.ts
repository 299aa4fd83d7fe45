/**
 * Removes "more stories" blocks Readability leaves inside articles ("You may also like...", "Don't miss"):
 * runs of two or more sibling blocks made only of links or of story cards, with the short line just before
 * them, a story card closing the article, and the teasers of `teasers.ts`. Runs on Readability's output (a clone or a consumed copy), never
 * on the page, and never removes more than half of it.
 */
import { isLeadIn, isLinkBlock, measure, type TextMeasure } from '@/utils/article/extract/link-measure';
import { closingStoryCard, isPictureCard, isStoryCard } from '@/utils/article/extract/story-card';
import {
  isLinkCard,
  isLinkParagraph,
  isShoutedLink,
  isTeaser,
  labelledLink,
} from '@/utils/article/extract/teasers';

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
    if (isLinkBlock(child, m) || isStoryCard(child, m) || isPictureCard(child, m)) run.push(child);
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
  const closing = closingStoryCard(root, m);
  if (closing) doomed.add(closing);
  // Only elements holding linked text can hold a link list.
  for (const parent of [root, ...m.linked.keys()])
    if (parent.children.length >= 2) linkRuns(parent, m, doomed);
  const outermost = [...doomed].filter((el) => !hasAncestorIn(el, doomed, root));
  const removed = outermost.reduce((n, el) => n + (m.total.get(el) ?? 0), 0);
  if (removed > MAX_REMOVED_SHARE * (m.total.get(root) ?? 0)) return;
  for (const el of outermost) el.remove();
}
