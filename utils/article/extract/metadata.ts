/**
 * Article metadata, most explicit source first: JSON-LD, then OpenGraph / article:* properties, then plain
 * meta tags and the document itself. Read from the original document, before Readability strips it.
 */

import { type ElementIndex, indexOf } from '@/utils/article/element-index';
import { headerFields } from '@/utils/article/extract/header-fields';
import { jsonLdArticle, reviewedAuthors } from '@/utils/article/extract/json-ld';
import { safeLinkUrl, safeMediaUrl } from '@/utils/article/extract/urls';
import type { ArticleMetadata } from '@/utils/article/types';

/** Metadata plus the page's own claim about what it is (JSON-LD `@type` or `og:type`), for `isArticle`. */
export interface PageMetadata extends ArticleMetadata {
  /** e.g. "NewsArticle", "article", "product", "website"; null when the page says nothing. */
  declaredType: string | null;
  /** True when JSON-LD declares an article type or `og:type` is `article`. */
  declaresArticle: boolean;
  /** Authors of what the page reviews (a fact-checked claim): never the page's byline. See reviewedAuthors. */
  reviewedAuthors?: string[];
}

/** `<meta>` contents by lower-cased `property`/`name`/`itemprop`, first one winning: one pass over the head. */
export function metaIndex(doc: Document, elements?: ElementIndex): Map<string, string> {
  const index = new Map<string, string>();
  for (const meta of indexOf(doc, elements).tagged('meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

/** Lookup of the first of `keys` present in a meta index. */
type MetaLookup = (...keys: string[]) => string | null;

function lookup(index: Map<string, string>): MetaLookup {
  return (...keys) => {
    for (const key of keys) {
      const value = index.get(key.toLowerCase());
      if (value) return value;
    }
    return null;
  };
}

const first = (...values: Array<string | null | undefined>): string | null =>
  values.find((v): v is string => typeof v === 'string' && v.trim() !== '')?.trim() ?? null;

/** `article:author` and similar are often profile URLs: a byline is a name. */
const asName = (value: string | null): string | null =>
  value && !/^https?:\/\//i.test(value) ? value : null;

function canonicalUrl(index: ElementIndex, meta: MetaLookup, base: string): string | null {
  const link = index
    .tagged('link')
    .find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? ''));
  const raw = first(link?.getAttribute('href'), meta('og:url'));
  return raw ? safeLinkUrl(raw, base) : null;
}

/** Reads the document's metadata; URLs are resolved against `base`. */
export function readMetadata(doc: Document, base: string, elements?: ElementIndex): PageMetadata {
  const index = indexOf(doc, elements);
  const ld = jsonLdArticle(doc, index);
  const meta = lookup(metaIndex(doc, index));
  const ogType = meta('og:type');
  const canonical = canonicalUrl(index, meta, base);
  const image = first(ld?.image, meta('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image'));
  const header = headerFields(
    doc,
    {
      titles: [ld?.headline, meta('og:title'), meta('twitter:title')],
      bylines: [
        ld?.author,
        asName(meta('article:author')),
        meta('author', 'byl', 'parsely-author', 'dc.creator', 'sailthru.author'),
      ],
      // The site's own name first: JSON-LD's publisher is sometimes the agency that wrote the story.
      sites: [meta('og:site_name'), ld?.publisher, meta('application-name')],
    },
    base,
    index,
    canonical,
  );
  return {
    ...header,
    publishedTime: first(
      ld?.datePublished,
      meta('article:published_time', 'datePublished', 'parsely-pub-date', 'dc.date', 'date'),
      index.tagged('time')[0]?.getAttribute('datetime'),
    ),
    lang: first(
      doc.documentElement?.getAttribute('lang'),
      doc.documentElement?.getAttribute('xml:lang'),
      ld?.inLanguage,
      meta('og:locale', 'content-language', 'language', 'dc.language'),
    ),
    canonicalUrl: canonical,
    leadImage: image ? safeMediaUrl(image, base) : null,
    excerpt: first(ld?.description, meta('og:description', 'description', 'twitter:description')),
    declaredType: first(ld?.type, ogType),
    declaresArticle: ld !== null || ogType?.toLowerCase() === 'article',
    reviewedAuthors: reviewedAuthors(doc, index),
  };
}
