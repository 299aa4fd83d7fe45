import { parseHttpUrl, STORY_PARAM_NAME } from './url-rules';

/** What identifies the page itself among its links, beyond its exact URL. */
export interface SelfRefs {
  /** Host (no `www.`) and path (no trailing slash) of the page, its canonical and og:url. */
  paths: Set<string>;
  /** Query parameters naming the article (`?p=123`, `?id=…`), when the page's URL uses them. */
  idParams: string;
  /** The page's slug words, when the slug is wordy enough to name one story. */
  slug: string | null;
}

const MIN_SLUG_WORDS = 3;

/** Host and path of a URL: what stays the same when a link to the page adds tracking or share parameters. */
export function pathKey(url: URL): string {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  return `${url.hostname.replace(/^www\./, '').toLowerCase()}${path}`;
}

function idParams(url: URL): string {
  return [...url.searchParams]
    .filter(([name]) => STORY_PARAM_NAME.test(name))
    .map(([name, value]) => `${name.toLowerCase()}=${value}`)
    .sort()
    .join('&');
}

// Numbers stay in the key: "world-us-canada-33646875" is another story than "world-us-canada-33646704".
function slugKey(segment: string): string | null {
  const parts = segment
    .replace(/\.(s?html?|php|aspx?)$/i, '')
    .toLowerCase()
    .split(/[-_+.~,]+/)
    .filter(Boolean);
  const words = parts.filter((part) => /\p{L}{2}/u.test(part));
  return words.length >= MIN_SLUG_WORDS ? parts.join('-') : null;
}

/** The page's own references, from its URL and the URLs it declares for itself. */
export function selfRefs(page: URL, own: Array<string | null | undefined>, base: string): SelfRefs {
  const urls = [page, ...own.map((href) => (href ? parseHttpUrl(href, base) : null))].filter(
    (u): u is URL => u !== null,
  );
  const segments = page.pathname.split('/').filter(Boolean);
  return {
    paths: new Set(urls.map(pathKey)),
    idParams: idParams(page),
    slug: slugKey(segments[segments.length - 1] ?? ''),
  };
}

/**
 * Whether a link points at the page itself: its path with other share or tracking parameters, or another
 * version of it (a translation or print edition) that carries the page's slug as one of its segments.
 */
export function isSelfLink(url: URL, self: SelfRefs): boolean {
  if (self.paths.has(pathKey(url)) && idParams(url) === self.idParams) return true;
  if (!self.slug) return false;
  // Cheap first test: most links do not carry the page's slug at all.
  const path = url.pathname.toLowerCase();
  if (!path.includes(self.slug.slice(0, self.slug.indexOf('-')))) return false;
  return path.split('/').some((segment) => slugKey(segment) === self.slug);
}
