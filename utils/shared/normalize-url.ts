/**
 * One URL per article, so saving the same page again updates it: fragment and tracking parameters
 * dropped, remaining parameters sorted, host lowercased, default port removed (the URL parser does
 * the last two), and the page's canonical URL preferred when it is trustworthy.
 * Paths are kept as written: `/a/` vs `/a` and `/index.html` vs `/` can be different resources.
 */
import { getDomain } from 'tldts';
import { clean, parseHttp } from './clean-url';

export { cleanUrl, displaySite } from './clean-url';

// Blog, newsletter, wiki and site-builder hosts that give each writer a subdomain but are missing from the Public
// Suffix List's private section (which has blogspot.com, github.io, wixsite.com…): "ana.wordpress.com" is Ana's
// site, "rueda.wikidot.com" that wiki's.
const SHARED_HOSTS = new Set(
  `wordpress.com substack.com medium.com tumblr.com over-blog.com over-blog.fr canalblog.com hypotheses.org
  livejournal.com typepad.com weebly.com ghost.io beehiiv.com home.blog eklablog.com unblog.fr hautetfort.com
  e-monsite.com jimdofree.com jimdo.com jimdosite.com tistory.com exblog.jp fandom.com wikidot.com neocities.org
  tripod.com`.split(/\s+/),
);
// Hosts by country: Blogger's, which the list no longer carries ("ana.blogspot.de"), uCoz's, Webnode's.
const SHARED_HOST_FAMILY = /^(?:blogspot|ucoz|webnode)\.[a-z.]+$/;

/**
 * The registrable domain ("site") of a host name from the Public Suffix List, private section included:
 * `attacker.github.io` and `victim.github.io` are two sites, as `a.co.uk` and `b.co.uk` are; so are two blogs
 * of a blog host the list lacks. A host with no registrable domain (an IP address, `localhost`, a bare suffix
 * such as `github.io`) is its own site.
 */
export function siteOf(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  const domain = getDomain(name, { allowPrivateDomains: true });
  if (!domain) return name;
  if (!SHARED_HOSTS.has(domain) && !SHARED_HOST_FAMILY.test(domain)) return domain;
  const member = name
    .slice(0, -domain.length - 1)
    .split('.')
    .pop();
  return member && member !== 'www' ? `${member}.${domain}` : domain;
}

// A first path segment naming a member of a shared host ("medium.com/@ana", "mastodon.social/@ana"): that
// member's pages are a site of their own, as "ana.substack.com" is.
const MEMBER_SEGMENT = /^\/@[^/]+/;
const memberOf = (url: URL): string => (MEMBER_SEGMENT.exec(url.pathname)?.[0] ?? '').toLowerCase();

/**
 * The site a URL belongs to: its registrable domain (see `siteOf`), and on a host whose members write under
 * "/@name", that member's part. Every "same site" decision goes through it (trusting a canonical link, keeping
 * a link as one of the page's own stories): one blog on a blog host never passes for another.
 */
export function siteOfUrl(url: URL): string {
  return `${siteOf(url.hostname)}${memberOf(url)}`;
}

/**
 * `siteOfUrl` for the many links of one page: the public-suffix look-up runs once per host name. Make one per
 * call; it remembers nothing across pages.
 */
export function siteReader(): (url: URL) => string {
  const sites = new Map<string, string>();
  return (url) => {
    let site = sites.get(url.hostname);
    if (site === undefined) {
      site = siteOf(url.hostname);
      sites.set(url.hostname, site);
    }
    return `${site}${memberOf(url)}`;
  };
}

/** True when two URLs belong to the same site (see `siteOfUrl`). */
export function isSameSite(a: URL, b: URL): boolean {
  return siteOfUrl(a) === siteOfUrl(b);
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
  if (!url || !isSameSite(url, page)) return null;
  if (url.pathname === '/' && page.pathname !== '/' && !url.search) return null;
  return url;
}

/** Normalises an article URL; `null` when it is not a valid http(s) URL. */
export function normalizeUrl(raw: string, canonical?: string | null): string | null {
  const page = parseHttp(raw);
  if (!page) return null;
  return clean(trustedCanonical(page, canonical) ?? page);
}
