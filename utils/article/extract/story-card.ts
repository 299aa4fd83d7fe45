/**
 * Story cards: a short block whose headline is a link to another story ("<article><h2><a>Other
 * story</a></h2><p>Teaser.</p></article>"). Two in a row are a "more stories" grid (`trim-link-lists.ts`);
 * one alone is a grid of one only where it closes the article, where nothing of the story follows it. A
 * picture card links its picture and a "more" line to the other story, its teaser text left unlinked.
 */
import { lastTextParent } from '@/utils/article/extract/last-text';
import { LINK_DENSITY, type TextMeasure } from '@/utils/article/extract/link-measure';

/** A story card is at most this many letters: a linked headline and a line or two of teaser. */
const MAX_CARD_CHARS = 400;
const CARD_HEADING = 'h1, h2, h3, h4, h5, h6';
const CARD_TAG = /^(ARTICLE|DIV|LI|SECTION)$/;

/** True when `el` is a card: short, its first heading (almost) all link. */
export function isStoryCard(el: Element, m: TextMeasure): boolean {
  if (!CARD_TAG.test(el.tagName)) return false;
  const total = m.total.get(el) ?? 0;
  if (total === 0 || total > MAX_CARD_CHARS) return false;
  const heading = el.querySelector(CARD_HEADING);
  const headingTotal = heading ? (m.total.get(heading) ?? 0) : 0;
  return heading !== null && headingTotal > 0 && (m.linked.get(heading) ?? 0) / headingTotal >= LINK_DENSITY;
}

/** A link to a picture file: a gallery's picture linking to its larger version, not to another story. */
const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/** A picture card's teaser, outside its links, is a phrase at least: a year or a count is a list's item. */
const MIN_TEASER_CHARS = 20;

/**
 * True when `el` is a picture card: short, its picture and a text link ("more •••", its title) both
 * leading to the same other page, whatever teaser text stands unlinked beside them.
 */
export function isPictureCard(el: Element, m: TextMeasure): boolean {
  if (!CARD_TAG.test(el.tagName)) return false;
  const total = m.total.get(el) ?? 0;
  if (total > MAX_CARD_CHARS || total - (m.linked.get(el) ?? 0) < MIN_TEASER_CHARS) return false;
  const links = Array.from(el.getElementsByTagName('a'));
  const href = links[0]?.getAttribute('href');
  if (links.length < 2 || !href || href.startsWith('#') || PICTURE_FILE.test(href)) return false;
  return (
    links.every((a) => a.getAttribute('href') === href) &&
    links.some((a) => a.querySelector('img, picture') !== null) &&
    links.some((a) => (m.total.get(a) ?? 0) > 0)
  );
}

/** The closing card is at most this share of the article's text: a short page that is one card stays. */
const MAX_CLOSING_SHARE = 0.2;

/**
 * The story card that ends `root`, or null: the outermost card holding the article's last text, whose
 * headline links to another page (not an anchor of this one), small beside the article.
 */
export function closingStoryCard(root: Element, m: TextMeasure): Element | null {
  let card: Element | null = null;
  for (let at = lastTextParent(root); at && at !== root; at = at.parentElement)
    if (isStoryCard(at, m)) card = at;
  if (!card || (m.total.get(card) ?? 0) > MAX_CLOSING_SHARE * (m.total.get(root) ?? 0)) return null;
  const href = card.querySelector(CARD_HEADING)?.querySelector('a[href]')?.getAttribute('href') ?? '';
  return href && !href.startsWith('#') ? card : null;
}
