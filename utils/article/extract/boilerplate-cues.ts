/**
 * What a page's own markup says a block is, from its class, id, role and aria-label: page furniture
 * (sharing, comments, newsletters, related stories, ads, cookie notices, author boxes...) or a caption.
 * The words are the ones CMSs and themes use across languages; none is specific to a site.
 */
import { isCardShaped, LINE_BLOCKS } from '@/utils/article/extract/hover-card';

/**
 * Stems matched anywhere in a class or id (long enough not to occur inside unrelated words): what they
 * name is furniture even inside the article's container ("share-content", "article-comments", a video
 * player's controls: "Current Time 0:00", "Play Video").
 */
const FURNITURE_STEMS =
  /share|sharing|social|news-?letter|signup|sign-up|cookie|consent|gdpr|breadcrumb|comment|disqus|kommentar|related|recommend|empfehlung|outbrain|taboola|plista|authorbox|author-box|author_box|author-bio|authorbio|author-info|author-card|about-author|author-description|postauthor|ratings?\b|rating[-_]|post-rating|star-rating|advert|sponsor|tagcloud|tag-cloud|post-tags|entry-tags|article-tags|tags-list|taglist|ez-toc|table-of-contents|skip-link|screen-reader|sr-only|visually-hidden|wp-embedded-content|reading-?time|\bread-?time|lesezeit|lesedauer|tooltip|popover|hovercard|rollover|adsbygoogle|ad-slot|adslot|ad-container|ad-wrapper|ad-unit|adunit|banner-ad|vjs-(?!tech\b)|control-?bar|player-controls|jw-controls|plyr__controls|mejs-?_?_?controls/i;

/**
 * Weaker stems: layout words that themes also put on the article's own wrappers ("entry-content-read-more",
 * "article modal-enabled"), so they count only when nothing else in the class names content. A paywall is its
 * notice; text "paywalled" is the article's own, which the page serves (its reader expects it in the saved copy).
 */
const LAYOUT_STEMS =
  /paywall(?!ed)|subscri|promo|disclaimer|disclosure|readmore|read-more|more-stories|morestories|further-reading|see-also|also-read|next-post|prev-post|nextstory|post-navigation|pagination|sidebar|toolbar|print-only|noprint|no-print|subnav|site-footer|site-header|masthead|popup|modal|overlay|teaser-list|linkbox/gi;
const CONTENT_WORDS = /article|body|content|entry|main|story|post/i;

/** Whole tokens (class names split on `-`, `_` and spaces) too short to match as stems. */
const FURNITURE_TOKENS = new Set([
  'ad',
  'ads',
  'adv',
  'anzeige',
  'werbung',
  'pub',
  'publicite',
  'publicidad',
  'reklama',
  'tags',
  'rate',
  'vote',
  'votes',
  'reactions',
  'follow',
  'account',
  'login',
]);

/** Whole tokens of layout, weak like `LAYOUT_STEMS`. */
const LAYOUT_TOKENS = new Set(['nav', 'menu', 'footer', 'toc']);

/** Roles of page furniture (landmarks and widgets that are never the article). */
const FURNITURE_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
]);

/** Captions and credits of pictures, by the class names galleries and CMSs give them. */
const CAPTION_STEMS =
  /caption|credit|copyright|legende|légende|bildunterschrift|bildtext|imagedescription|image-description|photo-desc|img-desc|media-desc|media__desc|fotonachweis|bildnachweis|\bdida\b|pie-de-foto|piedefoto/i;

/** Longer ids are made from a heading's words ("#why-share-prices-fell"): they say nothing of the block. */
const MAX_ID_CHARS = 40;

/** The class and id of `el`, lower-cased and joined (ids of headings and long ids left out). */
export function markerOf(el: Element): string {
  const id = el.getAttribute('id') ?? '';
  // Most elements have no id: then no name is looked at.
  const useId = id !== '' && id.length <= MAX_ID_CHARS && !/^h[1-6]$/i.test(el.localName);
  return `${el.getAttribute('class') ?? ''} ${useId ? id : ''}`.toLowerCase();
}

function hasToken(marker: string, tokens: Set<string>): boolean {
  for (const token of marker.split(/[\s_-]+/)) if (token && tokens.has(token)) return true;
  return false;
}

/** Verdicts by class-and-id string: a page repeats the same class names on many elements. */
const verdicts = new Map<string, boolean>();
const MAX_REMEMBERED = 4096;

function namesFurniture(marker: string): boolean {
  if (FURNITURE_STEMS.test(marker) || hasToken(marker, FURNITURE_TOKENS)) return true;
  const rest = marker.replace(LAYOUT_STEMS, ' ');
  return (rest !== marker || hasToken(marker, LAYOUT_TOKENS)) && !CONTENT_WORDS.test(rest);
}

/**
 * True when `el`'s own markup names it page furniture (not the article). The tests below take `el`'s
 * marker from a caller that asks several of them about each element of a page (it is read once).
 */
export function isFurnitureMarked(el: Element, marker = markerOf(el)): boolean {
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  if (marker.length < 3) return false;
  let verdict = verdicts.get(marker);
  if (verdict === undefined) {
    if (verdicts.size >= MAX_REMEMBERED) verdicts.clear();
    verdict = namesFurniture(marker);
    verdicts.set(marker, verdict);
  }
  return verdict;
}

/** Hover cards and tooltips: a popup hung on a word of the text ("<span class=rollover-people><a>Name</a><span>bio…"). */
const HOVER_STEMS = /tooltip|popover|hovercard|rollover/;
/** Tags that run inside a line of text. */
const INLINE_TAGS = new Set(['a', 'span', 'abbr', 'dfn', 'em', 'strong', 'b', 'i', 'cite', 'mark']);
/** The word a hover card hangs on is a name or a term: at most this many words. */
const MAX_ANCHOR_WORDS = 6;
const ELEMENT_NODE = 1;

/**
 * What stays of a hover card or tooltip standing in a line of the text: the word it hangs on, its first
 * child ("Ilhan Omar" of "<span class=rollover-people><a>Ilhan Omar</a><span>bio…</span></span>"), so
 * the sentence keeps its name while the popup goes. The card is named by its class or told by its shape
 * (`hover-card.ts`). Null when `el` is no such card, or its first child is more than a name.
 */
export function hoverAnchor(el: Element): ChildNode | null {
  if (!INLINE_TAGS.has(el.localName.toLowerCase())) return null;
  const marked = HOVER_STEMS.test(markerOf(el)) && !!el.parentElement?.closest(LINE_BLOCKS);
  if (!marked && !isCardShaped(el)) return null;
  const parts = Array.from(el.childNodes).filter((n) => (n.textContent ?? '').trim() !== '');
  const first = parts[0];
  // The word is the whole card (the tip sits in an attribute) or its first element; text running into
  // more is the tip itself ("<span class=tooltip>'Non-binary' is a…").
  if (!first || (first.nodeType !== ELEMENT_NODE && parts.length > 1)) return null;
  const words = (first.textContent ?? '').trim().split(/\s+/).length;
  return words <= MAX_ANCHOR_WORDS ? first : null;
}

/** Removes furniture `el`; a hover card in a line of text leaves the word it hangs on. */
export function removeFurniture(el: Element): void {
  const anchor = hoverAnchor(el);
  if (anchor) el.replaceWith(anchor);
  else el.remove();
}

/** A control's class: what opens, closes or switches a block ("js-accordion-toggle", "image-toggle"). */
const CONTROL_STEMS = /toggle|expander|collapse-trigger/;

/** True when `el` is a control (a button, a toggle): its label is an instruction, not the article's text. */
export function isControlMarked(el: Element, marker = markerOf(el)): boolean {
  if (el.getAttribute('role')?.toLowerCase() === 'button' || el.localName.toLowerCase() === 'button')
    return true;
  return CONTROL_STEMS.test(marker);
}

/** A control's label ("Bild anzeigen", "Quellen ausblenden") is at most this many words; longer, it holds content. */
const MAX_CONTROL_WORDS = 4;

/** True when `el` is a control whose text is only its label: furniture wherever it stands. */
export function isControlLabel(el: Element, marker = markerOf(el)): boolean {
  return (
    isControlMarked(el, marker) &&
    (el.textContent ?? '').split(/\s+/).filter(Boolean).length <= MAX_CONTROL_WORDS
  );
}

/** Caption verdicts by class-and-id string, like `verdicts` (pre-clean asks of every element of the page). */
const captionVerdicts = new Map<string, boolean>();

/** True when `el` is a picture caption or credit: `<figcaption>` or caption-like markup. */
export function isCaptionMarked(el: Element, marker = markerOf(el)): boolean {
  if (el.localName.toLowerCase() === 'figcaption') return true;
  if (marker.length <= 3) return false;
  let verdict = captionVerdicts.get(marker);
  if (verdict === undefined) {
    if (captionVerdicts.size >= MAX_REMEMBERED) captionVerdicts.clear();
    verdict = CAPTION_STEMS.test(marker);
    captionVerdicts.set(marker, verdict);
  }
  return verdict;
}
