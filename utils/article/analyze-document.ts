/**
 * The analysis pipeline, a pure function of a `Document`: page links (before Readability strips them),
 * extraction, language, reading time, entities and related stories. Same code in the popup, the service
 * worker (linkedom) and the CLI. Expected failures come back as `{ ok: false, error }`, never thrown.
 */

import { ElementIndex } from '@/utils/article/element-index';
import { extractEntities } from '@/utils/article/entities';
import { analysisError } from '@/utils/article/error-messages';
import { type ExtractedArticle, extractArticle } from '@/utils/article/extract/extract-article';
import { readMetadata } from '@/utils/article/extract/metadata';
import type { ReadabilityLimits } from '@/utils/article/extract/run-readability';
import { documentBaseUrl } from '@/utils/article/extract/urls';
import { judgeArticle, pageSignals } from '@/utils/article/is-article';
import { resolveLanguage } from '@/utils/article/language';
import type { PageSnapshot } from '@/utils/article/page-snapshot';
import type { HtmlParser } from '@/utils/article/parse-html';
import { countWords, readingTimeMinutes } from '@/utils/article/reading-time';
import { collectLinkCandidates, rankRelatedLinks } from '@/utils/article/related';
import { isRestrictedUrl } from '@/utils/article/restricted-url';
import type { AnalysisError, AnalysisResult, ArticleAnalysis } from '@/utils/article/types';
import { messageOf, ok } from '@/utils/shared/result';

/** Options for `analyzeDocument`. */
export interface AnalyzeOptions {
  /** The page's URL (links and images resolve against it). */
  url: string;
  limits?: Partial<ReadabilityLimits>;
  /** `doc` was parsed for this call alone: it may be modified instead of cloned (see `extractArticle`). */
  consumeDocument?: boolean;
  /** `doc` parsed again, for the rare page Readability must try twice (see `extractArticle`). */
  freshCopy?: () => Document;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function degradedWarning(extracted: ExtractedArticle): AnalysisError | null {
  if (extracted.degraded === 'timeout') return analysisError('timeout');
  if (extracted.degraded === 'too-large')
    return analysisError('too-large', 'too many elements for Readability');
  return null;
}

function buildAnalysis(doc: Document, options: AnalyzeOptions): ArticleAnalysis {
  // Extraction may consume the document, but link collection must see the full page: do it first. The
  // steps before extraction share one index of the page's elements instead of each walking the tree.
  const index = new ElementIndex(doc);
  const candidates = collectLinkCandidates(doc, options.url, index);
  const metadata = readMetadata(doc, documentBaseUrl(doc, options.url, index), index);
  const signals = pageSignals(doc, metadata, options.url, index);
  const extracted = extractArticle(doc, { ...options, metadata, index });
  const { text, title, images } = extracted;
  const lang = resolveLanguage([metadata.lang], text);
  const wordCount = countWords(text);
  const entities = extractEntities(text, {
    lang,
    title,
    url: options.url,
    byline: extracted.byline ?? undefined,
    site: extracted.siteName ?? undefined,
    emphasis: extracted.emphasis,
    // The page's own description only: the excerpt falls back to the first paragraph, which the lead cues weigh.
    description: extracted.metadata.excerpt ?? undefined,
  });
  const related = rankRelatedLinks(candidates, {
    url: metadata.canonicalUrl ?? options.url,
    title,
    text,
    lang,
    entities,
  });
  const verdict = judgeArticle(signals, extracted, wordCount);
  const warnings = [
    verdict.reason ? analysisError('not-article', verdict.reason) : null,
    degradedWarning(extracted),
  ].filter((w): w is AnalysisError => w !== null);
  return {
    url: options.url,
    canonicalUrl: metadata.canonicalUrl,
    title,
    byline: extracted.byline,
    siteName: extracted.siteName,
    lang,
    publishedTime: extracted.publishedTime,
    excerpt: extracted.excerpt,
    leadImage: metadata.leadImage ?? images[0] ?? null,
    html: extracted.html,
    text,
    wordCount,
    images,
    readingTimeMinutes: readingTimeMinutes(text, lang, images.length),
    entities,
    related,
    isArticle: verdict.isArticle,
    warnings,
  };
}

/** Analyses `doc` (not modified). Pages that are not articles still get a best-effort analysis. */
export function analyzeDocument(doc: Document, options: AnalyzeOptions): AnalysisResult {
  try {
    return ok(buildAnalysis(doc, options));
  } catch (err) {
    return { ok: false, error: analysisError('internal', messageOf(err)) };
  }
}

/**
 * Analyses a page snapshot with `parse` (DOMParser in pages, linkedom in the service worker and Node).
 * Refuses restricted URLs and non-HTML content; a page still loading or cut at the snapshot limit is
 * analysed as far as it goes, with a warning.
 */
export function analyzeSnapshot(
  snapshot: PageSnapshot,
  parse: HtmlParser,
  options: Partial<AnalyzeOptions> = {},
): AnalysisResult {
  // A snapshot of a file: page exists only if the user granted file access.
  if (isRestrictedUrl(snapshot.url, { fileAccess: true }))
    return failure(analysisError('restricted-page', snapshot.url));
  const type = snapshot.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!HTML_TYPES.has(type))
    return failure(analysisError('not-html', snapshot.contentType || 'unknown type'));
  if (snapshot.readyState === 'loading' && snapshot.html.trim() === '')
    return failure(analysisError('still-loading'));
  let doc: Document;
  try {
    doc = parse(snapshot.html, snapshot.url);
  } catch (err) {
    return failure(analysisError('parse-error', messageOf(err)));
  }
  // The document was parsed here for this analysis alone: Readability may consume it (no clone), and a
  // page it must try twice is parsed again.
  const result = analyzeDocument(doc, {
    ...options,
    url: snapshot.url,
    consumeDocument: true,
    freshCopy: () => parse(snapshot.html, snapshot.url),
  });
  if (!result.ok) return result;
  const warnings = [...(result.value.warnings ?? [])];
  if (snapshot.readyState === 'loading') warnings.push(analysisError('still-loading'));
  if (snapshot.truncated)
    warnings.push(
      analysisError('too-large', `${snapshot.totalChars} characters, cut to ${snapshot.html.length}`),
    );
  return ok({ ...result.value, warnings });
}

const failure = (error: AnalysisError): AnalysisResult => ({ ok: false, error });
