/**
 * What kind of page this is, from signals that do not depend on its amount of text: its address (a home
 * page, search results, a legal or contact page), what it declares (schema.org types), whether it sells
 * something (a price and a basket button), and whether it is a list of stories (many linked headlines).
 * Read from the original page, before extraction rewrites it.
 */
import { archivedUrl } from '@/utils/article/archived-url';
import { type ElementIndex, indexOf } from '@/utils/article/element-index';
import { jsonLdObjects } from '@/utils/article/extract/json-ld';
import { closestNamed, firstElementNamed } from '@/utils/article/tag-walk';
import { collapseSpaces } from '@/utils/shared/fold';
import { isSameSite } from '@/utils/shared/normalize-url';

/** A kind of page that is never an article, by its address. */
export type UrlKind = 'home' | 'search' | 'legal' | 'listing' | null;

/** Path segments of pages that are about the site rather than articles (many languages). */
const LEGAL_SEGMENT =
  /^(?:impressum|imprint|legal|legal-notice|mentions-legales|privacy|privacy-policy|datenschutz|datenschutzerklaerung|cookies?|cookie-policy|terms|terms-of-service|agb|nutzungsbedingungen|cgu|cgv|contact|contact-us|kontakt|contacto|contatti|about|about-us|ueber-uns|uber-uns|a-propos|qui-sommes-nous|chi-siamo|quienes-somos)(?:\.[a-z]+)?$/i;
/** Taxonomy pages of CMSs ("/category/politics/", "/tag/climate/page/2/", "/author/jo-bloggs/"). */
const TAXONOMY_SEGMENT =
  /^(?:category|categories|categorie|kategorie|tag|tags|topic|topics|theme|themes|thema|themen|schlagwort|rubrique|rubrica|author|authors|auteur|autor|archive|archives)$/i;
const SEARCH_PARAMS = [
  'q',
  's',
  'query',
  'search',
  'searchterm',
  'keyword',
  'keywords',
  'recherche',
  'suche',
];
const SEARCH_SEGMENT = /^(?:search|suche|recherche|buscar|busqueda|cerca|zoeken|szukaj|results?)$/i;

/** The kind of page `address` names, if it names one that is never an article. */
export function urlKind(address: string): UrlKind {
  let url: URL;
  try {
    url = archivedUrl(new URL(address));
  } catch {
    return null;
  }
  const segments = url.pathname.split('/').filter(Boolean);
  if (SEARCH_PARAMS.some((p) => url.searchParams.get(p))) return 'search';
  if (segments.some((s) => SEARCH_SEGMENT.test(s))) return 'search';
  const last = segments.at(-1) ?? '';
  if (
    segments.length === 0 ||
    (segments.length === 1 && /^(?:index|home|start)(?:\.\w+)?$|^[a-z]{2}$/i.test(last))
  ) {
    return url.search === '' ? 'home' : null;
  }
  if (segments.some((s) => LEGAL_SEGMENT.test(s))) return 'legal';
  return isListingPath(segments) ? 'listing' : null;
}

/** A taxonomy page, or a date archive ("/2025/03/"), possibly paginated ("/page/2/"). */
function isListingPath(segments: string[]): boolean {
  const path =
    segments.at(-2) === 'page' && /^\d+$/.test(segments.at(-1) ?? '') ? segments.slice(0, -2) : segments;
  const dateArchive =
    /^(?:19|20)\d\d$/.test(path[0] ?? '') &&
    path.length <= 3 &&
    path.slice(1).every((s) => /^\d{1,2}$/.test(s));
  if (dateArchive) return true;
  const at = path.findIndex((s) => TAXONOMY_SEGMENT.test(s));
  return at >= 0 && path.length - at <= 2;
}

/** schema.org types of pages that list, sell or hold a discussion rather than tell. */
const NON_ARTICLE_LD =
  /^(?:CollectionPage|SearchResultsPage|ItemList|ProfilePage|Product|ProductGroup|Offer|AggregateOffer|Store|AboutPage|ContactPage|DiscussionForumPosting|QAPage)$/;

/** The first schema.org type the page declares that is not an article's (e.g. "CollectionPage", "Product"). */
export function declaredNonArticleType(doc: Document, index?: ElementIndex): string | null {
  for (const obj of jsonLdObjects(doc, index)) {
    const types = [obj['@type']].flat().filter((t): t is string => typeof t === 'string');
    const found = types.find((t) => NON_ARTICLE_LD.test(t));
    if (found) return found;
  }
  return null;
}

/** Words of a "put in basket" control, in the languages of the web's shops. */
const BASKET =
  /add to (?:cart|basket|bag)|buy now|in den warenkorb|warenkorb|jetzt kaufen|ajouter au panier|acheter|añadir al carrito|comprar|aggiungi al carrello|in winkelwagen|do koszyka/i;
/**
 * A control's whole label that puts a product in the basket, however the control is built (a `<div
 * role=button>`, a styled `<span>`): the words alone, so a sentence about shopping is none.
 */
const BASKET_PHRASES =
  '(?:add to (?:cart|basket|bag|trolley)|in den (?:warenkorb|einkaufswagen)|ajouter au panier|añadir (?:al carrito|a la cesta)|aggiungi al carrello|in winkelwagen|do koszyka)';
const BASKET_LABEL = new RegExp(`^\\s*${BASKET_PHRASES}\\s*$`, 'i');
/** The same words anywhere: whether the page's text holds any, before its elements are read one by one. */
const BASKET_WORDS = new RegExp(BASKET_PHRASES, 'i');
/** A control's label is at most this long. */
const MAX_LABEL_CHARS = 40;

/** A price: a currency sign or code next to an amount. */
const PRICE = /(?:[€$£¥]\s?\d|\d(?:[.,]\d{2})?\s?(?:€|EUR|USD|GBP|CHF|zł))/;

/** `button, input[type="submit"], a[class*="cart"], form[action]` (`type` compared ignoring case, as selectors do). */
function isBasketControl(el: Element): boolean {
  switch (el.localName.toLowerCase()) {
    case 'button':
      return true;
    case 'input':
      return el.getAttribute('type')?.toLowerCase() === 'submit';
    case 'a':
      // The attribute as written, as selectors read it: linkedom's `getAttribute('class')` rebuilds it from a token list.
      return el.getAttributeNode('class')?.value.includes('cart') ?? false;
    default:
      return el.hasAttribute('action');
  }
}

/** An element, of any kind, whose whole short text is a basket label. */
function hasBasketLabel(elements: readonly Element[], body: HTMLElement, bodyText: string): boolean {
  if (!BASKET_WORDS.test(bodyText)) return false;
  return elements.some((el) => {
    // Two children found by stepping, not counted: a DOM written in JavaScript lists every child to count them.
    if (el.firstElementChild?.nextElementSibling) return false;
    const text = el.textContent ?? '';
    return text.length <= MAX_LABEL_CHARS && BASKET_LABEL.test(text) && body.contains(el);
  });
}

/** True when the page sells something: a price and a basket button, or the price markup of a product. */
export function sellsSomething(doc: Document, index?: ElementIndex, bodyText?: string): boolean {
  const body = doc.body;
  if (!body) return false;
  // The page's text once, read only when asked (the caller may have read it already).
  let read = bodyText;
  const text = () => {
    read ??= body.textContent ?? '';
    return read;
  };
  const controls = indexOf(doc, index)
    .taggedAny(['button', 'input', 'a', 'form'])
    .filter(isBasketControl)
    .filter((el) => body.contains(el));
  const basket =
    controls.some(
      (c) =>
        BASKET.test(c.textContent ?? '') ||
        BASKET.test(c.getAttribute('value') ?? '') ||
        /cart|basket|warenkorb|panier/i.test(c.getAttribute('action') ?? ''),
    ) || hasBasketLabel(indexOf(doc, index).all, body, text());
  if (!basket) return false;
  const priced = body.querySelector(
    '[itemprop="price"], [class*="price"], [class*="preis"], [class*="prix"]',
  );
  return priced !== null || PRICE.test(text());
}

const PAGE_FRAME = new Set(['nav', 'footer', 'header']);
const LINK = new Set(['a']);

/**
 * Headlines that are links, outside navigation and footers: the cards of a home page, a section front or
 * search results, or a sidebar's. Up to `max` of them, as text.
 */
export function linkedHeadlines(doc: Document, max = 50, index?: ElementIndex): string[] {
  const found: string[] = [];
  const body = doc.body;
  if (!body) return found;
  for (const heading of indexOf(doc, index).taggedAny(['h1', 'h2', 'h3', 'h4'])) {
    if (!body.contains(heading)) continue;
    if (closestNamed(heading, PAGE_FRAME)) continue;
    const text = collapseSpaces(heading.textContent);
    const link = firstElementNamed(heading, LINK) ?? closestNamed(heading, LINK);
    const linked = collapseSpaces(link?.textContent);
    if (text.length >= 15 && linked.length >= 0.8 * text.length && found.push(text) >= max) break;
  }
  return found;
}

/** A linked line is a link of this many words at least: a story's headline, not "More" or a name. */
const MIN_LINE_WORDS = 4;
const MIN_LINE_CHARS = 20;
const MAX_LINE_CHARS = 200;

/** `href` read against `base`, or null when it is no web address. */
function webUrl(href: string, base: string): URL | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Links that read as headlines (four words or more), outside navigation and footers, however the card is
 * built: a home page or a tag page whose cards hold no heading element. Text → the link's `href`.
 */
export function linkedLines(doc: Document, index?: ElementIndex): Map<string, string> {
  const found = new Map<string, string>();
  const body = doc.body;
  if (!body) return found;
  for (const link of indexOf(doc, index).tagged('a')) {
    const raw = link.textContent ?? '';
    // Collapsing white space only shortens a text: most links ("More", a name) are too short before it.
    if (raw.length < MIN_LINE_CHARS) continue;
    const text = collapseSpaces(raw);
    if (text.length < MIN_LINE_CHARS || text.length > MAX_LINE_CHARS || found.has(text)) continue;
    if (text.split(' ').length < MIN_LINE_WORDS || closestNamed(link, PAGE_FRAME) || !body.contains(link))
      continue;
    found.set(text, link.getAttribute('href') ?? '');
  }
  return found;
}

/**
 * Whether `href` leads to the site at `url`: a list of stories links to its own site's; a roundup of other
 * sites' stories is an article of its own. Asked only of the lines found in the text (a host's registrable
 * name costs a lookup).
 */
export function linksHome(href: string, url: string): boolean {
  const page = webUrl(url, url);
  const target = webUrl(href, url);
  return page !== null && target !== null && isSameSite(target, page);
}
