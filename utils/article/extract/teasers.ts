/**
 * Teasers dropped into an article's text: a link to another story behind a short label, on one line
 * ("Lea también: <a>...</a>") or two ("<p>Read also:</p><p><a>...</a></p>"), and paragraphs of links one
 * per line ("<a>Story one</a> [VIDEO]<br><a>Story two</a>").
 */
import { BLOCK, isLinkBlock, type TextMeasure } from '@/utils/article/extract/link-measure';

const SHOW_TEXT = 4;

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
export function isTeaser(el: Element, m: TextMeasure): boolean {
  if (!TEASER_BLOCK.test(el.tagName)) return false;
  const total = m.total.get(el) ?? 0;
  const linked = m.linked.get(el) ?? 0;
  if (linked === 0 || total > MAX_TEASER_CHARS || linked < total / 2 || total - linked > MAX_LABEL_CHARS) {
    return false;
  }
  return (unlinkedText(el).match(/\p{L}/gu)?.length ?? 0) >= 2;
}

/** Capitals a shouted line has at least: "SEAN SPICER ELIMINATED", not "NASA" or "BBC". */
const MIN_SHOUTED_CAPITALS = 12;

/**
 * A line that is one link written all in capitals ("SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'",
 * "GET FOX BUSINESS ON THE GO BY CLICKING HERE"): another story's headline or a call to click, set in the
 * text as a teaser. Languages without capitals never match.
 */
export function isShoutedLink(el: Element, m: TextMeasure): boolean {
  if (!TEASER_BLOCK.test(el.tagName) || el.getElementsByTagName('a').length !== 1) return false;
  const total = m.total.get(el) ?? 0;
  if (total === 0 || total > MAX_TEASER_CHARS || (m.linked.get(el) ?? 0) < total) return false;
  const text = (el.textContent ?? '').trim();
  return (
    /\s/.test(text) && !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= MIN_SHOUTED_CAPITALS
  );
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
export function labelledLink(el: Element, m: TextMeasure, doomed: Set<Element>): void {
  if (!TEASER_BLOCK.test(el.tagName) || !isLinkBlock(el, m) || (m.total.get(el) ?? 0) > MAX_TEASER_CHARS)
    return;
  const label = el.previousElementSibling;
  if (!isLabel(label, m)) return;
  doomed.add(label);
  doomed.add(el);
}

/** A paragraph this linked, holding two links or more, is a list of links written on separate lines. */
const LINK_PARAGRAPH_DENSITY = 0.7;
const MAX_LINK_PARAGRAPH_CHARS = 600;

/** Several links in one paragraph, one per line ("<a>Story one</a> [VIDEO]<br><a>Story two</a>"). */
export function isLinkParagraph(el: Element, m: TextMeasure): boolean {
  if (el.tagName !== 'P' || el.getElementsByTagName('br').length === 0) return false;
  const total = m.total.get(el) ?? 0;
  const linked = m.linked.get(el) ?? 0;
  return (
    el.getElementsByTagName('a').length >= 2 &&
    total <= MAX_LINK_PARAGRAPH_CHARS &&
    linked >= LINK_PARAGRAPH_DENSITY * total
  );
}

/** Blocks a story card is built as (a list item is left alone: it may be one of the article's own sources). */
const CARD_BLOCK = /^(DIV|ARTICLE|SECTION|ASIDE|FIGURE)$/;
/** A card's text is a headline and perhaps a kicker: at most this many letters. */
const MAX_CARD_CHARS = 200;

/**
 * A story card without a label, set alone between the article's paragraphs: a block whose picture and text
 * are all one link ("<div><a href=/other><img>Other story</a></div>"). The article's own pictures link to
 * their larger file or carry a caption outside the link; a card's text is all link.
 */
export function isLinkCard(el: Element, m: TextMeasure): boolean {
  if (!CARD_BLOCK.test(el.tagName)) return false;
  const total = m.total.get(el) ?? 0;
  if (total === 0 || total > MAX_CARD_CHARS || (m.linked.get(el) ?? 0) < total) return false;
  const links = Array.from(el.getElementsByTagName('a'));
  const href = links[0]?.getAttribute('href');
  if (!href || links.some((a) => a.getAttribute('href') !== href)) return false;
  return links.some((a) => a.querySelector('img, picture') !== null);
}
