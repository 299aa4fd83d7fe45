import { foldWords } from '@/utils/shared/fold';
import { attributeWords } from './block-cues';
import { type SelfRefs, selfRefs } from './self-links';
import { parseHttpUrl, siteKey, urlKey } from './url-rules';

/** What link collection needs to know about the page itself. */
export interface PageContext {
  /** URL relative links resolve against (`<base href>` or the page). */
  base: string;
  /** Sites counted as "this site": the page's and its canonical URL's. */
  sites: Set<string>;
  /** The page itself (page URL, canonical, og:url), to leave its own links out. */
  self: SelfRefs;
  /** The page's own section: folded labels and URL keys of its category links. */
  sections: Set<string>;
}

const CATEGORY_PATH = /\/(category|categorie|categories|rubrique|rubriques|section|sections|theme|themes)\//i;

/** Whether a link points at a category/section page. */
export function isCategoryLink(a: Element, base: string): boolean {
  if (/\bcategory\b/.test(a.getAttribute('rel') ?? '')) return true;
  const url = parseHttpUrl(a.getAttribute('href') ?? '', base);
  return url !== null && CATEGORY_PATH.test(`${url.pathname}/`);
}

/** Folded label and URL key of a category link, the forms sections are compared by. */
export function sectionForms(a: Element, base: string): string[] {
  const forms = [foldWords(a.textContent ?? '')];
  const url = parseHttpUrl(a.getAttribute('href') ?? '', base);
  const key = url ? urlKey(url.href) : null;
  if (key) forms.push(key);
  return forms.filter(Boolean);
}

function pageSections(doc: Document, base: string): Set<string> {
  const sections = new Set<string>();
  for (const meta of doc.querySelectorAll('meta[property="article:section"], meta[name="article:section"]')) {
    const label = foldWords(meta.getAttribute('content') ?? '');
    if (label) sections.add(label);
  }
  const scope = doc.querySelector('h1')?.closest('article') ?? null;
  const crumbs = [...doc.querySelectorAll('nav, ol, ul, div, p')].filter((el) =>
    /\b(breadcrumbs?|ariane)\b/.test(
      attributeWords(`${el.getAttribute('class')} ${el.getAttribute('aria-label')}`),
    ),
  );
  const header = scope?.querySelector('header') ?? null;
  for (const root of [header, ...crumbs]) {
    for (const a of root?.querySelectorAll('a[href]') ?? []) {
      if (isCategoryLink(a, base)) for (const form of sectionForms(a, base)) sections.add(form);
    }
  }
  return sections;
}

function resolvedKey(href: string | null | undefined, base: string): string | null {
  const url = href ? parseHttpUrl(href, base) : null;
  return url ? urlKey(url.href) : null;
}

/** Reads the page's base URL, site, own URLs and section; null when `pageUrl` is not http(s). */
export function pageContext(doc: Document, pageUrl: string): PageContext | null {
  const page = parseHttpUrl(pageUrl, pageUrl);
  if (!page) return null;
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  const base = (baseHref && parseHttpUrl(baseHref, page.href)?.href) || page.href;
  const sites = new Set([siteKey(page)]);
  const own = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const href of own) {
    const key = resolvedKey(href, base);
    if (key) sites.add(siteKey(new URL(key)));
  }
  return { base, sites, self: selfRefs(page, own, base), sections: pageSections(doc, base) };
}
