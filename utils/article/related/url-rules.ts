import { clean, parseHttp } from '@/utils/shared/clean-url';

/** Path segments of listing, account, legal and feed pages: never a story. */
const NON_STORY_SEGMENTS = new Set(
  `category categorie categories rubrique rubriques tag tags etiquette topic topics author authors auteur auteurs
  autor autores autora autore autori
  search recherche login logout connexion signin sign-in register inscription signup account compte mon-compte
  profil profile feed feeds rss atom wp-admin wp-login.php wp-json xmlrpc.php comments comment commentaires
  contact nous-contacter about a-propos qui-sommes-nous mentions-legales legal cgu cgv terms conditions privacy
  confidentialite politique-de-confidentialite cookies newsletter newsletters abonnement abonnements subscribe
  share partage print imprimer cart panier playerpage staff journaliste journalistes journalist journalists
  contributor contributors writer writers bio bios profiles shop boutique products donate membership
  subscriptions`.split(/\s+/),
);

const NON_STORY_QUERY = /(^|&)(s|q|query|search|recherche|replytocom|share|print|page|paged|amp;?share)=/i;
const FILE_EXTENSION =
  /\.(jpe?g|png|gif|webp|avif|svg|ico|pdf|zip|gz|xml|rss|json|css|js|mp3|mp4|m4a|wav|ogg|oga|flac|aac|webm|mov|avi|txt|csv|rtf|doc|docx|odt|xls|xlsx|ppt|pptx|epub|ris|bib|bibtex|enw|nbib|ics|vcf|apk|exe|dmg|torrent)(?:$|[&;])/i;
// A dated path with something after the month (a slug or an id), not a month archive: "/2019/11/18/…",
// "/2019/nov/18/…".
const DATED_STORY = /\/(19|20)\d{2}\/(?:[01]?\d|[a-z]{3})\/(\d{1,2}\/)?[^/]*[\p{L}\d]{3,}/u;
// An id of four digits or more that is not just a year ("news-283382", "58214"; not "2024").
const STORY_ID = /(^|\D)(?!(19|20)\d{2}(\D|$))\d{4,}/;
// A whole day written into the slug ("porsche-reset-2026-12-02"): a dated story, as a dated path is.
const SLUG_DATE = /(^|\D)(19|20)\d{2}-[01]\d-[0-3]\d(\D|$)/;

/** Query parameters that name one story: "?p=123", "view.php?idx=8576". */
export const STORY_PARAM_NAME =
  /^(p|id|idx|aid|sid|nid|story|storyid|article|articleid|newsid|post|postid)$/i;
const STORY_PARAM =
  /(^|&)(p|id|idx|aid|sid|nid|story|storyid|article|articleid|newsid|post|postid)=\d+(&|$)/i;

// Connectors do not make a slug wordy: "/science-and-health" is a section, not a story.
const CONNECTORS = new Set(
  'and the for with from des les aux une sur pour dans avec par del los las der die und das'.split(' '),
);

/** Word-like parts of a slug ("panne-aws-13-heures.html" → panne, aws, heures). */
function slugWords(segment: string): string[] {
  return segment
    .replace(/\.(s?html?|php|aspx?)$/i, '')
    .split(/[-_+.~,]+/)
    .filter((part) => /\p{L}/u.test(part));
}

/**
 * Whether a story URL carries an id of four digits or more, a dated path or a day in its slug: most news sites
 * give one to every story.
 */
export function hasStoryId(url: URL): boolean {
  const path = decodeSegment(url.pathname);
  return (
    DATED_STORY.test(path) ||
    path.split('/').some((segment) => STORY_ID.test(segment) || SLUG_DATE.test(segment))
  );
}

/**
 * What an http(s) URL's shape says: 'story' for a wordy slug, a numeric id or a dated path; 'thin' for a slug of
 * two words in a folder ("/football/ligue-1/notes-ol-losc"), a story or a topic page, which the address alone
 * does not tell; 'no' for a listing, account, legal, feed or file address.
 */
export function storyUrlShape(url: URL): 'story' | 'thin' | 'no' {
  if (NON_STORY_QUERY.test(url.search.slice(1)) || FILE_EXTENSION.test(url.pathname)) return 'no';
  const segments = url.pathname.split('/').filter(Boolean).map(decodeSegment);
  // WordPress without permalinks ("/?p=123") and other sites that name a story by a parameter.
  if (STORY_PARAM.test(url.search.slice(1))) return 'story';
  if (segments.length === 0) return 'no';
  if (segments.some((segment) => NON_STORY_SEGMENTS.has(segment.toLowerCase()))) return 'no';
  if (segments.some((segment, i) => segment === 'page' && /^\d+$/.test(segments[i + 1] ?? ''))) return 'no';
  const words = significantWords(segments[segments.length - 1] ?? '').length;
  if (words >= 3 || hasStoryId(url)) return 'story';
  return words === 2 && segments.length >= 2 ? 'thin' : 'no';
}

/** Whether an http(s) URL looks like a single story: a wordy slug, a numeric id or a dated path. */
export function isArticleLikeUrl(url: URL): boolean {
  return storyUrlShape(url) === 'story';
}

/** Slug words of three letters or more that are not connectors. */
function significantWords(segment: string): string[] {
  return slugWords(segment).filter((word) => word.length >= 3 && !CONNECTORS.has(word.toLowerCase()));
}

const PAGE_EXTENSION = /\.(s?html?|php|aspx?)$/i;

/** Depth and file extension of a story address whose last segment is a wordy file name; null otherwise. */
export function fileShape(url: URL): string | null {
  const segments = url.pathname.split('/').filter(Boolean);
  const last = decodeSegment(segments[segments.length - 1] ?? '');
  const extension = PAGE_EXTENSION.exec(last)?.[1]?.toLowerCase();
  return extension ? `${segments.length}:${extension}:${significantWords(last).length}` : null;
}

/**
 * Whether a link is shaped as the page's own address, a story file with a wordy name ("/weirdest-galaxies.html"
 * beside "/most-detailed-universe-simulation.html"): on such a site two words name a story too.
 */
export function hasPageShape(url: URL, pageShape: string | null): boolean {
  if (!pageShape || NON_STORY_QUERY.test(url.search.slice(1))) return false;
  const shape = fileShape(url);
  if (!shape) return false;
  const [depth, extension, words] = shape.split(':');
  const [pageDepth, pageExtension, pageWords] = pageShape.split(':');
  return (
    depth === pageDepth &&
    extension === pageExtension &&
    Number(pageWords) >= 3 &&
    Number(words) >= 2 &&
    !url.pathname.split('/').some((segment) => NON_STORY_SEGMENTS.has(decodeSegment(segment).toLowerCase()))
  );
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Words of a story URL's slug, for matching when the link title is short. */
export function urlSlugText(url: string): string {
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    return slugWords(decodeSegment(segments[segments.length - 1] ?? '')).join(' ');
  } catch {
    return '';
  }
}

/** Parses an http(s) URL against a base; null for other schemes (mailto:, javascript:, whatsapp:) or junk. */
export function parseHttpUrl(href: string, base: string): URL | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Dedupe key of a URL: normalised (fragment, tracking parameters dropped), host without `www.`. */
export function urlKey(url: string): string | null {
  const parsed = parseHttp(url);
  return parsed ? parsedUrlKey(parsed) : null;
}

/**
 * `urlKey` of an http(s) URL already parsed, which it rewrites in place: a page's links are parsed once, not
 * again from their text for the key.
 */
export function parsedUrlKey(url: URL): string {
  clean(url);
  url.pathname = url.pathname.replace(/\/{2,}/g, '/');
  url.hostname = url.hostname.replace(/^www\./, '');
  const key = url.href;
  return key.endsWith('/') && url.pathname !== '/' ? key.slice(0, -1) : key;
}
