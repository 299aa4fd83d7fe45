/**
 * One URL per article, so saving the same page again updates it: fragment and tracking parameters
 * dropped, remaining parameters sorted, host lowercased, default port removed (the URL parser does
 * the last two), and the page's canonical URL preferred when it is trustworthy.
 * Paths are kept as written: `/a/` vs `/a` and `/index.html` vs `/` can be different resources.
 */
import { getDomain } from 'tldts';
import { clean, parseHttp } from './clean-url';

export { cleanUrl, displaySite } from './clean-url';

/**
 * The registrable domain ("site") of a host name from the Public Suffix List, private section included:
 * `attacker.github.io` and `victim.github.io` are two sites, as `a.co.uk` and `b.co.uk` are. A host with no
 * registrable domain (an IP address, `localhost`, a bare suffix such as `github.io`) is its own site.
 */
export function siteOf(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  return getDomain(name, { allowPrivateDomains: true }) ?? name;
}

/** True when two host names belong to the same registrable domain (see `siteOf`). */
export function isSameSite(a: string, b: string): boolean {
  return siteOf(a) === siteOf(b);
}

/**
 * A canonical URL is used only when it is http(s), on the same registrable domain as the page (so never
 * across two hosts of a shared-hosting suffix such as github.io), and does not point a deep page at the
 * home page (a common template mistake). The page writes its canonical link: it must not choose whose
 * notes or saved copy it gets.
 */
function trustedCanonical(page: URL, canonical: string | null | undefined): URL | null {
  if (!canonical) return null;
  const url = parseHttp(canonical, page.href);
  if (!url || !isSameSite(url.hostname, page.hostname)) return null;
  if (url.pathname === '/' && page.pathname !== '/' && !url.search) return null;
  return url;
}

/** Normalises an article URL; `null` when it is not a valid http(s) URL. */
export function normalizeUrl(raw: string, canonical?: string | null): string | null {
  const page = parseHttp(raw);
  if (!page) return null;
  return clean(trustedCanonical(page, canonical) ?? page);
}
