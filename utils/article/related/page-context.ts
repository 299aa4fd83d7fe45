import type { ElementIndex } from '@/utils/article/element-index';
import { foldWords } from '@/utils/shared/fold';
import { siteOfUrl } from '@/utils/shared/normalize-url';
import { attributeWords } from './block-cues';
import { type SelfRefs, selfRefs } from './self-links';
import { fileShape, parsedUrlKey, parseHttpUrl } from './url-rules';

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
  /** `fileShape` of the page's address (canonical first): story files of the site are shaped alike. */
  shape: string | null;
}

const CATEGORY_PATH = /\/(category|categorie|categories|rubrique|rubriques|section|sections|theme|themes)\//i;

/**
 * A category path's words in the link or the base it resolves against: without them the link is not parsed.
 * Tabs and line breaks are dropped first, as the URL parser does.
 */
const CATEGORY_HINT = /categor|rubrique|section|theme/i;
const mayBeCategoryPath = (href: string, base: string): boolean =>
  CATEGORY_HINT.test(href.replace(/[\t\n\r]/g, '')) || CATEGORY_HINT.test(base);

/** Whether a link points at a category/section page. */
export function isCategoryLink(a: Element, base: string): boolean {
  if (/\bcategory\b/.test(a.getAttribute('rel') ?? '')) return true;
  const href = a.getAttribute('href') ?? '';
  if (!mayBeCategoryPath(href, base)) return false;
  const url = parseHttpUrl(href, base);
  return url !== null && CATEGORY_PATH.test(`${url.pathname}/`);
}

/** Folded label and URL key of a category link, the forms sections are compared by. */
export function sectionForms(a: Element, base: string): string[] {
  const forms = [foldWords(a.textContent ?? '')];
  const url = parseHttpUrl(a.getAttribute('href') ?? '', base);
  const key = url ? parsedUrlKey(url) : null;
  if (key) forms.push(key);
  return forms.filter(Boolean);
}

/** `meta[property="article:section"], meta[name="article:section"]` */
const isSectionMeta = (meta: Element): boolean =>
  meta.getAttribute('property') === 'article:section' || meta.getAttribute('name') === 'article:section';

/** Breadcrumb trails say so in their class or label; most elements have neither word nor accent (cheap test first). */
const CRUMB_HINT = /bread|ariane|[^ -~]/i;
const hinted = (value: string | null): boolean => value !== null && CRUMB_HINT.test(value);
const isCrumbs = (el: Element): boolean => {
  const className = el.getAttribute('class');
  const label = el.getAttribute('aria-label');
  // The hint holds no space, so it is found in one attribute or the other: no joined string for most elements.
  if (!hinted(className) && !hinted(label)) return false;
  return /\b(breadcrumbs?|ariane)\b/.test(attributeWords(`${className} ${label}`));
};

function pageSections(index: ElementIndex, base: string): Set<string> {
  const sections = new Set<string>();
  for (const meta of index.tagged('meta').filter(isSectionMeta)) {
    const label = foldWords(meta.getAttribute('content') ?? '');
    if (label) sections.add(label);
  }
  const scope = index.tagged('h1')[0]?.closest('article') ?? null;
  const crumbs = index.taggedAny(['nav', 'ol', 'ul', 'div', 'p']).filter(isCrumbs);
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
  return url ? parsedUrlKey(url) : null;
}

/** `link[rel~="canonical"]` (the rel value compared ignoring case, as selectors do). */
const isCanonicalLink = (link: Element): boolean =>
  /(?:^|\s)canonical(?:$|\s)/i.test(link.getAttribute('rel') ?? '');

/** Reads the base URL, site, own URLs and section of the indexed page; null when `pageUrl` is not http(s). */
export function pageContext(index: ElementIndex, pageUrl: string): PageContext | null {
  const page = parseHttpUrl(pageUrl, pageUrl);
  if (!page) return null;
  const baseHref = index
    .tagged('base')
    .find((b) => b.hasAttribute('href'))
    ?.getAttribute('href');
  const base = (baseHref && parseHttpUrl(baseHref, page.href)?.href) || page.href;
  const sites = new Set([siteOfUrl(page)]);
  const own = [
    index.tagged('link').find(isCanonicalLink)?.getAttribute('href'),
    index
      .tagged('meta')
      .find((m) => m.getAttribute('property') === 'og:url')
      ?.getAttribute('content'),
  ];
  for (const href of own) {
    const key = resolvedKey(href, base);
    if (key) sites.add(siteOfUrl(new URL(key)));
  }
  const canonical = own[0] ? parseHttpUrl(own[0], base) : null;
  return {
    base,
    sites,
    self: selfRefs(page, own, base),
    sections: pageSections(index, base),
    shape: fileShape(canonical ?? page),
  };
}
