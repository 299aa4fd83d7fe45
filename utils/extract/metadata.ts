/**
 * Article metadata, most explicit source first: JSON-LD, then OpenGraph / article:* properties, then plain
 * meta tags and the document itself. Read from the original document, before Readability strips it.
 */
import type { ArticleMetadata } from '@/utils/analysis/types';
import { jsonLdArticle } from '@/utils/extract/json-ld';
import { safeLinkUrl, safeMediaUrl } from '@/utils/extract/urls';

/** Metadata plus the page's own claim about what it is (JSON-LD `@type` or `og:type`), for `isArticle`. */
export interface PageMetadata extends ArticleMetadata {
  /** e.g. "NewsArticle", "article", "product", "website"; null when the page says nothing. */
  declaredType: string | null;
  /** True when JSON-LD declares an article type or `og:type` is `article`. */
  declaresArticle: boolean;
}

/** Content of the first `<meta>` whose `property` or `name` is one of `keys` (case-insensitive). */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (content && wanted.has(key)) return content;
  }
  return null;
}

const first = (...values: Array<string | null | undefined>): string | null =>
  values.find((v): v is string => typeof v === 'string' && v.trim() !== '')?.trim() ?? null;

/** `article:author` and similar are often profile URLs: a byline is a name. */
const asName = (value: string | null): string | null =>
  value && !/^https?:\/\//i.test(value) ? value : null;

function canonicalUrl(doc: Document, base: string): string | null {
  const href = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const raw = first(href, metaContent(doc, 'og:url'));
  return raw ? safeLinkUrl(raw, base) : null;
}

/** Reads the document's metadata; URLs are resolved against `base`. */
export function readMetadata(doc: Document, base: string): PageMetadata {
  const ld = jsonLdArticle(doc);
  const ogType = metaContent(doc, 'og:type');
  const image = first(
    ld?.image,
    metaContent(doc, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image'),
  );
  return {
    title: first(ld?.headline, metaContent(doc, 'og:title', 'twitter:title')),
    byline: first(
      ld?.author,
      asName(metaContent(doc, 'article:author')),
      metaContent(doc, 'author', 'byl', 'parsely-author', 'dc.creator', 'sailthru.author'),
    ),
    siteName: first(ld?.publisher, metaContent(doc, 'og:site_name', 'application-name')),
    publishedTime: first(
      ld?.datePublished,
      metaContent(doc, 'article:published_time', 'datePublished', 'parsely-pub-date', 'dc.date', 'date'),
      doc.querySelector('time[datetime]')?.getAttribute('datetime'),
    ),
    lang: first(
      doc.documentElement?.getAttribute('lang'),
      doc.documentElement?.getAttribute('xml:lang'),
      ld?.inLanguage,
      metaContent(doc, 'og:locale', 'content-language', 'language', 'dc.language'),
      doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
    ),
    canonicalUrl: canonicalUrl(doc, base),
    leadImage: image ? safeMediaUrl(image, base) : null,
    excerpt: first(ld?.description, metaContent(doc, 'og:description', 'description', 'twitter:description')),
    declaredType: first(ld?.type, ogType),
    declaresArticle: ld !== null || ogType?.toLowerCase() === 'article',
  };
}
