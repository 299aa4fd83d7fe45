/**
 * Article extraction, a pure function of a `Document`: metadata from the original, Readability on a clone
 * (bounded), lazy images resolved, HTML sanitised, plain text. The input document is not modified unless
 * the caller hands it over with `consumeDocument` (it parsed the document for this call alone).
 */
import { findMainContent } from '@/utils/article/extract/fallback-content';
import { promoteLazySources, unwrapNoscriptImages } from '@/utils/article/extract/lazy-images';
import { findLead, restoreLead } from '@/utils/article/extract/lead-paragraph';
import { type PageMetadata, readMetadata } from '@/utils/article/extract/metadata';
import { plainText } from '@/utils/article/extract/plain-text';
import { pruneArticle } from '@/utils/article/extract/prune-article';
import { type Blocks, markBlocks, recoverBlocks } from '@/utils/article/extract/recover-blocks';
import {
  DEFAULT_READABILITY_LIMITS,
  type ReadabilityLimits,
  runReadability,
} from '@/utils/article/extract/run-readability';
import { sanitizeArticle } from '@/utils/article/extract/sanitize';
import { trimDangling } from '@/utils/article/extract/trim-dangling';
import { trimLinkLists } from '@/utils/article/extract/trim-link-lists';
import { trimMetaLines } from '@/utils/article/extract/trim-meta-lines';
import { documentBaseUrl } from '@/utils/article/extract/urls';

/** Options for `extractArticle`. */
export interface ExtractOptions {
  /** The page's URL: relative links and images resolve against it (or its `<base href>`). */
  url: string;
  limits?: Partial<ReadabilityLimits>;
  /**
   * The caller parsed `doc` for this call and reads nothing from it afterwards: Readability may work on it
   * directly instead of on a clone (cloning costs about a fifth of the extraction time on linkedom).
   */
  consumeDocument?: boolean;
  /** Metadata the caller already read from `doc` (saves a second read). */
  metadata?: PageMetadata;
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

/** Longer than this, a "title" is a heading that swallowed text (broken markup), not a title. */
const MAX_TITLE_CHARS = 250;
const titleOf = (value: string | null | undefined): string | null => {
  const title = clean(value);
  return title && title.length <= MAX_TITLE_CHARS ? title : null;
};

/** Extracts the article of `doc` (modified only with `consumeDocument`). */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractedArticle {
  const base = documentBaseUrl(doc, options.url);
  const metadata = options.metadata ?? readMetadata(doc, base);
  const work = options.consumeDocument ? doc : (doc.cloneNode(true) as Document);
  unwrapNoscriptImages(work);
  const lead = findLead(work, metadata.title, metadata.excerpt);
  let blocks: Blocks = { list: [], family: [] };
  const outcome = runReadability(work, { ...DEFAULT_READABILITY_LIMITS, ...options.limits }, (doc) => {
    blocks = markBlocks(doc);
  });
  const article = outcome.ok ? outcome.value.root : null;
  if (article) recoverBlocks(article, blocks);
  if (article) restoreLead(article, lead);
  const content = article ?? fallbackRoot(options.consumeDocument ? work : (doc.cloneNode(true) as Document));
  if (content) promoteLazySources(content);
  if (content) pruneArticle(content);
  if (content) trimLinkLists(content);
  const found = outcome.ok ? outcome.value.article : null;
  if (content) trimMetaLines(content, metadata.byline ?? found?.byline ?? null);
  if (content) trimDangling(content);
  const sanitized = content ? sanitizeArticle(content, base) : null;
  const text = sanitized ? articleText(sanitized.root) : '';
  return {
    metadata,
    title: titleOf(metadata.title) ?? titleOf(found?.title) ?? titleOf(doc.title) ?? '',
    byline: clean(metadata.byline) ?? clean(found?.byline),
    siteName: clean(metadata.siteName) ?? clean(found?.siteName),
    publishedTime: clean(metadata.publishedTime) ?? clean(found?.publishedTime),
    excerpt: clean(metadata.excerpt) ?? clean(found?.excerpt) ?? clean(text.slice(0, 300)),
    html: sanitized?.html ?? '',
    text,
    images: sanitized?.images ?? [],
    degraded: outcome.ok ? null : outcome.error.code,
  };
}

/** Above this share of the text, captions are the article (a slideshow, a gallery of captioned pictures). */
const MAX_CAPTION_SHARE = 0.5;

/** The article's plain text: captions and credits left out, unless they are most of it. */
function articleText(root: Element): string {
  const length = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '').length;
  const captions = Array.from(root.getElementsByTagName('figcaption')).reduce((n, c) => n + length(c), 0);
  return plainText(root, { skipCaptions: captions <= MAX_CAPTION_SHARE * length(root) });
}

/** Best effort either way: a consumed document may already be half-rewritten by Readability. */
function fallbackRoot(doc: Document): Element | null {
  unwrapNoscriptImages(doc);
  return findMainContent(doc);
}
