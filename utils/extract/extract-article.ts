/**
 * Article extraction, a pure function of a `Document`: metadata from the original, Readability on a clone
 * (bounded), lazy images resolved, HTML sanitised, plain text. The input document is never modified.
 */
import { findMainContent } from '@/utils/extract/fallback-content';
import { resolveLazyImages } from '@/utils/extract/lazy-images';
import { type PageMetadata, readMetadata } from '@/utils/extract/metadata';
import { plainText } from '@/utils/extract/plain-text';
import {
  DEFAULT_READABILITY_LIMITS,
  type ReadabilityLimits,
  runReadability,
} from '@/utils/extract/run-readability';
import { sanitizeArticle } from '@/utils/extract/sanitize';
import { documentBaseUrl } from '@/utils/extract/urls';

/** Options for `extractArticle`. */
export interface ExtractOptions {
  /** The page's URL: relative links and images resolve against it (or its `<base href>`). */
  url: string;
  limits?: Partial<ReadabilityLimits>;
}

/** What extraction found. `degraded` says why Readability's result was replaced by the fallback. */
export interface ExtractedArticle {
  metadata: PageMetadata;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  /** Sanitised article HTML, URLs absolute. */
  html: string;
  text: string;
  images: string[];
  degraded: null | 'too-large' | 'timeout' | 'no-content';
}

const clean = (value: string | null | undefined): string | null => value?.replace(/\s+/g, ' ').trim() || null;

/** Extracts the article of `doc` (not modified). */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractedArticle {
  const base = documentBaseUrl(doc, options.url);
  const metadata = readMetadata(doc, base);
  const clone = doc.cloneNode(true) as Document;
  resolveLazyImages(clone);
  const outcome = runReadability(clone, { ...DEFAULT_READABILITY_LIMITS, ...options.limits });
  const article = outcome.ok ? outcome.article : null;
  // Readability may have left its clone half-rewritten: the fallback starts from a fresh one.
  const content = outcome.ok ? outcome.root : fallbackRoot(doc);
  const sanitized = content ? sanitizeArticle(content, base) : null;
  const text = sanitized ? plainText(sanitized.root) : '';
  return {
    metadata,
    title: clean(metadata.title) ?? clean(article?.title) ?? clean(doc.title) ?? '',
    byline: clean(metadata.byline) ?? clean(article?.byline),
    siteName: clean(metadata.siteName) ?? clean(article?.siteName),
    publishedTime: clean(metadata.publishedTime) ?? clean(article?.publishedTime),
    excerpt: clean(metadata.excerpt) ?? clean(article?.excerpt) ?? clean(text.slice(0, 300)),
    html: sanitized?.html ?? '',
    text,
    images: sanitized?.images ?? [],
    degraded: outcome.ok ? null : outcome.reason,
  };
}

function fallbackRoot(doc: Document): Element | null {
  const clone = doc.cloneNode(true) as Document;
  resolveLazyImages(clone);
  return findMainContent(clone);
}
