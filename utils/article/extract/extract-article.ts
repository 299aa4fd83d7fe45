/**
 * Article extraction, a pure function of a `Document`: metadata from the original; on a clone, page
 * furniture removed, then Readability (bounded); the blocks it dropped mid-article and the standfirst put
 * back; furniture, link lists, datelines and credits pruned from its result; lazy images resolved, HTML
 * sanitised, plain text without captions. The publisher's JSON-LD `articleBody` replaces an extraction
 * that missed most of it. The input document is not modified unless the caller hands it over with
 * `consumeDocument` (it parsed the document for this call alone).
 */
import { type ElementIndex, indexOf } from '@/utils/article/element-index';
import { altCaptions } from '@/utils/article/extract/alt-caption';
import { dropAuthorBox } from '@/utils/article/extract/author-box';
import { cleanByline } from '@/utils/article/extract/byline';
import { closingSignature } from '@/utils/article/extract/closing-signature';
import { emphasisSpans } from '@/utils/article/extract/emphasis';
import { findMainContent } from '@/utils/article/extract/fallback-content';
import { markHeadlineBlock, preferHeadlineBlock } from '@/utils/article/extract/headline-choice';
import { dropHeadlineLine } from '@/utils/article/extract/headline-line';
import { jsonLdArticle, jsonLdRecipe } from '@/utils/article/extract/json-ld';
import { bodyElement, bodyOutweighs } from '@/utils/article/extract/json-ld-body';
import { promoteLazySources, unwrapNoscriptImages } from '@/utils/article/extract/lazy-images';
import { findLead, restoreLead } from '@/utils/article/extract/lead-paragraph';
import { type PageMetadata, readMetadata } from '@/utils/article/extract/metadata';
import { plainText } from '@/utils/article/extract/plain-text';
import { pruneArticle } from '@/utils/article/extract/prune-article';
import { addMissingRecipeParts } from '@/utils/article/extract/recipe-parts';
import { type Blocks, markBlocks, recoverBlocks } from '@/utils/article/extract/recover-blocks';
import {
  DEFAULT_READABILITY_LIMITS,
  RETRY_ON_FRESH_COPY,
  type ReadabilityLimits,
  type ReadabilityOutcome,
  runReadability,
} from '@/utils/article/extract/run-readability';
import { sanitizeArticle } from '@/utils/article/extract/sanitize';
import { cleanSiteName } from '@/utils/article/extract/site-name';
import { preferProse } from '@/utils/article/extract/tabular-choice';
import { trimDangling } from '@/utils/article/extract/trim-dangling';
import { trimLinkLists } from '@/utils/article/extract/trim-link-lists';
import { trimMetaLines } from '@/utils/article/extract/trim-meta-lines';
import { documentBaseUrl } from '@/utils/article/extract/urls';
import { letterCount } from '@/utils/article/letter-count';
import { hasNativeSelectors } from '@/utils/article/tag-walk';
import { collapseSpaces } from '@/utils/shared/fold';

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
  /** The caller's index of `doc`'s elements, built before anything modified it (saves a walk). */
  index?: ElementIndex;
  /**
   * `doc` parsed again, as it was before anything modified it. On a DOM written in JavaScript, Readability then
   * keeps no clone of the page for a retry: the rare page that needs one is extracted again from this copy.
   */
  freshCopy?: () => Document;
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
  /** Texts of the article's italic spans (see `emphasisSpans`). */
  emphasis: string[];
  images: string[];
  degraded: null | 'too-large' | 'timeout' | 'no-content';
}

const clean = (value: string | null | undefined): string | null => collapseSpaces(value) || null;

/** Longer than this, a "title" is a heading that swallowed text (broken markup), not a title. */
const MAX_TITLE_CHARS = 250;
const titleOf = (value: string | null | undefined): string | null => {
  const title = clean(value);
  return title && title.length <= MAX_TITLE_CHARS ? title : null;
};

/**
 * The byline Readability found in the page, unless it names who wrote the claim a fact-check reviews (printed in
 * the claim's box with an "author" class).
 */
function foundByline(outcome: ReadabilityOutcome, metadata: PageMetadata): string | null {
  const byline = outcome.ok ? outcome.value.article.byline : null;
  return byline && !metadata.reviewedAuthors?.includes(byline.trim()) ? byline : null;
}

/** Removes the lines that describe the article or talk to its reader rather than tell the story. */
function trimLines(content: Element, byline: string | null, lead: Element | null): void {
  dropAuthorBox(content, byline);
  trimMetaLines(content, byline, lead);
  trimDangling(content);
}

/** The article element of `work` (consumed): Readability's, repaired and pruned, or the fallback's. */
function articleContent(
  work: Document,
  fresh: (work: Document, timedOut?: boolean) => Document,
  metadata: PageMetadata,
  limits: ReadabilityLimits,
  freshCopy?: () => Document,
): {
  /** The document the article was taken from: `work`, or the fresh copy Readability's retry ran on. */
  work: Document;
  content: Element | null;
  outcome: ReadabilityOutcome;
  lead: Element | null;
  byline: string | null;
  signature: string | null;
} {
  const lead = findLead(work, metadata.title, metadata.excerpt);
  let blocks: Blocks = { list: [], family: [] };
  const outcome = runReadability(
    work,
    limits,
    (doc) => {
      blocks = markBlocks(doc);
      markHeadlineBlock(doc, metadata.title, blocks.list);
    },
    freshCopy !== undefined,
  );
  if (outcome === RETRY_ON_FRESH_COPY) {
    // Everything above ran on a page Readability has since rewritten: all of it runs again on the copy.
    const copy = (freshCopy as () => Document)();
    unwrapNoscriptImages(copy);
    return articleContent(copy, fresh, metadata, limits);
  }
  // Readability's leftovers still hold the page's other paragraphs: a story beside its big table is there.
  const article = outcome.ok ? preferHeadlineBlock(preferProse(outcome.value.root, work), work) : null;
  if (article) recoverBlocks(article, blocks, metadata.title, lead);
  if (article) restoreLead(article, lead);
  // The metadata's byline holds the header's printed one (header-fields.ts), so its « Par X » line goes too.
  const byline = metadata.byline ?? foundByline(outcome, metadata);
  const content = article ?? fallbackRoot(fresh(work, !outcome.ok && outcome.error.code === 'timeout'));
  const signature = content ? prune(content, byline, metadata.siteName, lead) : null;
  if (content) dropHeadlineLine(content, metadata.title);
  return { work, content, outcome, lead, byline, signature };
}

/**
 * Removes from `content` what is not the story: furniture, link lists, datelines, prompts. Without a byline,
 * the author's signature closing the story is taken out of it and returned.
 */
function prune(
  content: Element,
  byline: string | null,
  siteName: string | null,
  lead: Element | null,
): string | null {
  promoteLazySources(content);
  pruneArticle(content);
  altCaptions(content);
  trimLinkLists(content);
  const signature = cleanByline(byline, siteName) ? null : closingSignature(content, siteName);
  signature?.remove();
  trimLines(content, signature?.names ?? byline, lead);
  return signature?.names ?? null;
}

/** Extracts the article of `doc` (modified only with `consumeDocument`). */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractedArticle {
  const index = indexOf(doc, options.index);
  const base = documentBaseUrl(doc, options.url, index);
  const metadata = options.metadata ?? readMetadata(doc, base, index);
  // Read before Readability runs: it removes the page's scripts, JSON-LD included.
  const publisherBody = jsonLdArticle(doc, index)?.articleBody ?? null;
  const recipe = jsonLdRecipe(doc, index);
  const first = options.consumeDocument ? doc : (doc.cloneNode(true) as Document);
  unwrapNoscriptImages(first);
  // A consumed page Readability stopped on at its deadline is much rewritten (its paragraphs may be gone): the
  // fallback reads the page parsed again where it can.
  const fresh = (work: Document, timedOut = false): Document => {
    if (!options.consumeDocument) return doc.cloneNode(true) as Document;
    return timedOut && options.freshCopy ? options.freshCopy() : work;
  };
  const limits = { ...DEFAULT_READABILITY_LIMITS, ...options.limits };
  // A browser clones a page natively, for less than it would cost to parse it again.
  const freshCopy = hasNativeSelectors(doc) ? undefined : options.freshCopy;
  const { work, content, outcome, lead, byline, signature } = articleContent(
    first,
    fresh,
    metadata,
    limits,
    freshCopy,
  );
  // A recipe's ingredients and steps the page printed apart from the post (none on most pages).
  if (content) addMissingRecipeParts(content, recipe);
  let sanitized = content ? sanitizeArticle(content, base) : null;
  let text = sanitized ? articleText(sanitized.root) : '';
  // Readability took a block that was all furniture (a cookie notice it scored as prose, the page's own
  // markup naming nothing): nothing is left of it, and the page's paragraphs are the better guess.
  const fallback = outcome.ok && !text.trim() ? fallbackRoot(fresh(work)) : null;
  if (fallback) {
    prune(fallback, byline, metadata.siteName, null);
    sanitized = sanitizeArticle(fallback, base);
    text = articleText(sanitized.root);
  }
  if (bodyOutweighs(text, publisherBody)) {
    const body = bodyElement(work, publisherBody, lead?.textContent ?? null);
    // The publisher's text carries the same datelines, credits and prompts as the page's.
    trimLines(body, metadata.byline, null);
    sanitized = sanitizeArticle(body, base);
    text = articleText(sanitized.root);
  }
  const found = outcome.ok ? outcome.value.article : null;
  return {
    metadata,
    title: titleOf(metadata.title) ?? titleOf(found?.title) ?? titleOf(doc.title) ?? '',
    byline: metadata.byline ?? cleanByline(foundByline(outcome, metadata), metadata.siteName) ?? signature,
    siteName: metadata.siteName ?? cleanSiteName(found?.siteName),
    publishedTime: clean(metadata.publishedTime) ?? clean(found?.publishedTime),
    excerpt: clean(metadata.excerpt) ?? clean(found?.excerpt) ?? clean(text.slice(0, 300)),
    html: sanitized?.html ?? '',
    text,
    emphasis: sanitized ? emphasisSpans(sanitized.root) : [],
    images: sanitized?.images ?? [],
    degraded: outcome.ok ? null : outcome.error.code,
  };
}

/** Above this share of the text, captions are the article (a slideshow, a gallery of captioned pictures). */
const MAX_CAPTION_SHARE = 0.5;

/** The article's plain text: captions and credits left out, unless they are most of it. */
function articleText(root: Element): string {
  const captions = Array.from(root.getElementsByTagName('figcaption')).reduce(
    (n, c) => n + letterCount(c),
    0,
  );
  // Without captions the article's own letters need no counting (a walk of its whole text).
  const fewCaptions = captions === 0 || captions <= MAX_CAPTION_SHARE * letterCount(root);
  return plainText(root, { skipCaptions: fewCaptions });
}

/** Best effort either way: a consumed document may already be half-rewritten by Readability. */
function fallbackRoot(doc: Document): Element | null {
  unwrapNoscriptImages(doc);
  return findMainContent(doc);
}
