/**
 * Removes "more stories" blocks Readability leaves inside articles ("You may also like...", "Don't miss"):
 * runs of two or more sibling blocks made only of links, plus the short heading line just before them.
 * Runs on Readability's output (a clone or a consumed copy), never on the page.
 */

/** Share of a block's text inside links above which the block is a link, not prose. */
const LINK_DENSITY = 0.9;
/** A lead-in ("You may also like...", "DON'T MISS") is a block this short with no link of its own. */
const MAX_LEAD_IN_WORDS = 5;
const BLOCK = new Set(['P', 'LI', 'DIV', 'UL', 'OL', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SHOW_TEXT = 4;

/** Letters (non-space characters) under each element, and how many of them sit inside links. */
interface TextMeasure {
  total: Map<Element, number>;
  linked: Map<Element, number>;
}

/** One pass over the text nodes, adding each one's length to its ancestors: linear in text × depth. */
function measure(root: Element): TextMeasure {
  const total = new Map<Element, number>();
  const linked = new Map<Element, number>();
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  while (walker.nextNode()) {
    const length = (walker.currentNode.nodeValue ?? '').replace(/\s+/g, '').length;
    if (length === 0) continue;
    let inLink = false;
    for (let el = walker.currentNode.parentElement; el; el = el.parentElement) {
      inLink ||= el.tagName === 'A';
      total.set(el, (total.get(el) ?? 0) + length);
      if (inLink) linked.set(el, (linked.get(el) ?? 0) + length);
      if (el === root) break;
    }
  }
  return { total, linked };
}

function isLinkBlock(el: Element, m: TextMeasure): boolean {
  const total = m.total.get(el) ?? 0;
  return BLOCK.has(el.tagName) && total > 0 && (m.linked.get(el) ?? 0) / total >= LINK_DENSITY;
}

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

/** A label announcing a link on the next line ("Das könnte Sie auch interessieren:", "Schon gelesen?"). */
const MAX_LABEL_WORDS = 8;

function isLabel(el: Element | null, m: TextMeasure): el is Element {
  if (!el || !BLOCK.has(el.tagName) || (m.linked.get(el) ?? 0) > 0) return false;
  const text = (el.textContent ?? '').trim();
  const words = text.split(/\s+/).filter(Boolean).length;
  return words > 0 && words <= MAX_LABEL_WORDS && /[:?]$/.test(text);
}

/**
 * A link alone on its line right under a label: the two-line form of a teaser ("<p>Read also:</p>
 * <p><a>Other story</a></p>"). Both go.
 */
function labelledLink(el: Element, m: TextMeasure, doomed: Set<Element>): void {
  if (!TEASER_BLOCK.test(el.tagName) || !isLinkBlock(el, m) || (m.total.get(el) ?? 0) > MAX_TEASER_CHARS)
    return;
  const label = el.previousElementSibling;
  if (!isLabel(label, m)) return;
  doomed.add(label);
  doomed.add(el);
}

function isLeadIn(el: Element | null, m: TextMeasure): el is Element {
  if (!el || !BLOCK.has(el.tagName) || (m.linked.get(el) ?? 0) > 0) return false;
  const words = (el.textContent ?? '').trim().split(/\s+/).filter(Boolean).length;
  return words > 0 && words <= MAX_LEAD_IN_WORDS;
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

/** A teaser's label ("Read also:", "LEA TAMBIÉN:") is at most this many letters outside its link. */
const MAX_LABEL_CHARS = 25;
/** Longer than this, a link-heavy block is prose that cites, not a teaser. */
const MAX_TEASER_CHARS = 250;
const TEASER_BLOCK = /^(P|H2|H3|H4|H5|H6)$/;

/** The text of `el` outside its links. */
function unlinkedText(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  let out = '';
  while (walker.nextNode())
    if (!walker.currentNode.parentElement?.closest('a')) out += walker.currentNode.nodeValue;
  return out;
}

/**
 * A lone block that is a link to another story behind a short label ("Lea también: <a>...</a>",
 * "<em>Czytaj też</em> <a>...</a>"): editors' teasers dropped into the text. A link without a label
 * ("<p><a>Full results</a></p>", a bare URL in a list of sources) may be the article's own and stays.
 */
function isTeaser(el: Element, m: TextMeasure): boolean {
  if (!TEASER_BLOCK.test(el.tagName)) return false;
  const total = m.total.get(el) ?? 0;
  const linked = m.linked.get(el) ?? 0;
  if (linked === 0 || total > MAX_TEASER_CHARS || linked < total / 2 || total - linked > MAX_LABEL_CHARS) {
    return false;
  }
  return (unlinkedText(el).match(/\p{L}/gu)?.length ?? 0) >= 2;
}

function hasAncestorIn(el: Element, set: Set<Element>, root: Element): boolean {
  for (let at = el.parentElement; at && at !== root; at = at.parentElement) if (set.has(at)) return true;
  return false;
}

/** A paragraph this linked, holding two links or more, is a list of links written on separate lines. */
const LINK_PARAGRAPH_DENSITY = 0.7;
const MAX_LINK_PARAGRAPH_CHARS = 600;

/** Several links in one paragraph, one per line ("<a>Story one</a> [VIDEO]<br><a>Story two</a>"). */
function isLinkParagraph(el: Element, m: TextMeasure): boolean {
  if (el.tagName !== 'P' || el.getElementsByTagName('br').length === 0) return false;
  const total = m.total.get(el) ?? 0;
  const linked = m.linked.get(el) ?? 0;
  return (
    el.getElementsByTagName('a').length >= 2 &&
    total <= MAX_LINK_PARAGRAPH_CHARS &&
    linked >= LINK_PARAGRAPH_DENSITY * total
  );
}

/** At most this share of the article goes: a page made of links (a link roll, a list of sources) stays. */
const MAX_REMOVED_SHARE = 0.5;

/** Drops link lists and teasers anywhere in `root` (mutates it). */
export function trimLinkLists(root: Element): void {
  const m = measure(root);
  const doomed = new Set<Element>();
  for (const el of m.linked.keys()) {
    if (isTeaser(el, m) || isLinkParagraph(el, m)) {
      doomed.add(el);
      const lead = el.previousElementSibling;
      if (isLeadIn(lead, m)) doomed.add(lead);
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
