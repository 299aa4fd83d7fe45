/**
 * The header a reader sees (title, byline, site) from a page's raw metadata, each cleaned: one byline
 * without "By" or dates, a site name the reader knows, the headline without the site's or author's name.
 */
import { archivedUrl } from '@/utils/article/archived-url';
import { type ElementIndex, indexOf } from '@/utils/article/element-index';
import { textWithKickersApart } from '@/utils/article/kicker';
import { letterShape } from '@/utils/shared/letter-shape';
import { siteOf } from '@/utils/shared/normalize-url';
import { authorBoxByline } from './author-box-byline';
import { cleanByline } from './byline';
import { headerByline } from './header-byline';
import { chooseHeadline } from './headline';
import { homeLinkedTitleName } from './home-link-name';
import { logoName } from './logo-name';
import { pageSignature } from './page-signature';
import { chooseSiteName, cleanSiteName, spellsHost, spokenForm } from './site-name';
import { widerByline } from './wider-byline';

/** What the page declares, best source first in each list. */
export interface RawHeader {
  titles: Array<string | null | undefined>;
  bylines: Array<string | null | undefined>;
  sites: Array<string | null | undefined>;
}

/** The cleaned header fields. */
export interface HeaderFields {
  title: string | null;
  byline: string | null;
  siteName: string | null;
}

const MAX_HEADINGS = 3;

// A web archive's copy is the archived site's page: its name is the site's, not the archive's.
function httpHost(base: string): string | null {
  try {
    const url = archivedUrl(new URL(base));
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : null;
  } catch {
    return null;
  }
}

/**
 * The host that names the site: the page's own, unless it has no registrable name (an address such as
 * 127.0.0.1, `localhost`: a copy served from elsewhere), then the host of the page's canonical address.
 */
export function siteHost(base: string, canonical?: string | null): string | null {
  const host = httpHost(base);
  if (host && siteOf(host).includes('.') && !/^[\d.]+$|^\[/.test(host)) return host;
  return (canonical ? httpHost(canonical) : null) ?? host;
}

/** Texts of the page's first <h1> elements: the headline as shown, to check the metadata's against. */
export function headingTexts(doc: Document, index?: ElementIndex): string[] {
  return (
    indexOf(doc, index)
      .tagged('h1')
      .slice(0, MAX_HEADINGS)
      // A kicker set in the heading ("<span class=overline>Topic</span>Headline") is a line of its own.
      .map(textWithKickersApart)
      .filter(Boolean)
  );
}

// A byline in small letters only: a section's or an account's word ("medellín"), not a name written as one.
// Read on the byline's shape (see letter-shape.ts).
const WRITTEN_SMALL = /^[^U]*l[^U]*$/;

/** The first byline, one in small letters only after one that writes a name ("medellín", then "Ana Ruiz"). */
function firstWrittenName(bylines: Array<string | null>): string | null {
  const found = bylines.filter((b): b is string => !!b);
  return found.find((b) => !WRITTEN_SMALL.test(letterShape(b))) ?? found[0] ?? null;
}

/**
 * Cleans a page's header; the site falls back to a readable host when the page is on http(s). `canonical` is
 * the page's canonical address, whose host names the site when the page is served from an address.
 */
export function headerFields(
  doc: Document,
  raw: RawHeader,
  base: string,
  index?: ElementIndex,
  canonical?: string | null,
): HeaderFields {
  const host = siteHost(base, canonical);
  // A byline that spells the host ("Ultima Hora" on ultimahora.com), alone or with its motto ("L-Post – Das
  // Blatt" on l-post.de), is the site's name, not an author's.
  const bylineSites = host
    ? raw.bylines
        .map((b) => cleanSiteName(cleanByline(b)))
        .filter((b): b is string => !!b && spellsHost(b, host))
    : [];
  const logo = logoName(doc, index);
  // With no address to match (a file opened on its own), the first name the metadata gives, as readers say it.
  const unhosted = raw.sites.map(cleanSiteName).find((s) => s);
  const siteName = host
    ? chooseSiteName([...raw.sites, ...bylineSites], doc.title, host, logo)
    : unhosted
      ? spokenForm(unhosted)
      : homeLinkedTitleName(doc);
  const declared = firstWrittenName(raw.bylines.map((b) => cleanByline(b, siteName)));
  // The line printed under the headline: all the authors when the metadata names one of two, and the
  // byline when the metadata names nobody (known here, its line leaves the article's text).
  // Else the signature closing the story, which Readability may leave out with the box it sits in, else the
  // author's box under the story.
  const byline =
    widerByline(declared, headerByline(doc, siteName, index)) ??
    pageSignature(doc, siteName, index) ??
    authorBoxByline(doc, siteName, index);
  const title = chooseHeadline({
    candidates: raw.titles,
    documentTitle: doc.title,
    headings: headingTexts(doc, index),
    siteName,
    siteNames: [...raw.sites.map(cleanSiteName), cleanSiteName(logo)],
    byline,
    host: host ?? '',
  });
  return { title, byline, siteName };
}
