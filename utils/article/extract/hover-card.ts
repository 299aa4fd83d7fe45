/**
 * A hover card told by its shape, not its class: an inline element in a line of text that holds a picture
 * and two links or more, nearly all its text in links ("<span><a>Jo Bloggs</a><span><img><a>Jo Bloggs</a>
 * <a>Her latest story</a>…</span></span>"). A sentence's own words never hold a picture and a list of
 * headlines; a page whose classes are hashed says "rollover" nowhere.
 */

import { letterCount } from '@/utils/article/letter-count';

/** Inline tags a card is written in (a link holds no other links). */
const CARD_TAGS = new Set(['span', 'em', 'strong', 'b', 'i', 'cite', 'mark']);
/** At least this many links: the word the card hangs on and one story or profile at least. */
const MIN_LINKS = 2;
/** At least this share of the card's text in links. */
const MIN_LINK_SHARE = 0.7;

/** Blocks whose text a hover card's word belongs to. */
export const LINE_BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, dd, blockquote, figcaption';

/** True when `el` is shaped like a hover card standing in a line of text (which holds text outside it). */
export function isCardShaped(el: Element): boolean {
  if (!CARD_TAGS.has(el.localName.toLowerCase()) || el.getElementsByTagName('img').length === 0) return false;
  const links = Array.from(el.getElementsByTagName('a'));
  if (links.length < MIN_LINKS) return false;
  const total = letterCount(el);
  const linked = links.reduce((n, a) => n + letterCount(a), 0);
  if (total === 0 || linked < MIN_LINK_SHARE * total) return false;
  const line = el.parentElement?.closest(LINE_BLOCKS);
  return !!line && letterCount(line) > total;
}
