/**
 * Analysis of plain article text (the CLI's `.txt` input): the text is the body as given, no extraction.
 * A short first line without closing punctuation is taken as the title, as plain-text articles start.
 */

import { extractEntities } from '@/utils/article/entities';
import { analysisError } from '@/utils/article/error-messages';
import { judgeText } from '@/utils/article/is-article';
import { resolveLanguage } from '@/utils/article/language';
import { countWords, readingTimeMinutes } from '@/utils/article/reading-time';
import type { AnalysisResult, ArticleAnalysis } from '@/utils/article/types';
import { ok } from '@/utils/shared/result';

/** Options for `analyzeText`. */
export interface AnalyzeTextOptions {
  url: string;
  /** A language tag the caller knows; otherwise detected from the text. */
  lang?: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The first line when it reads like a title: short, and not ending like a sentence. */
export function titleLine(text: string): string | null {
  const first = text.trim().split('\n', 1)[0]?.trim() ?? '';
  return first && first.length <= 200 && !/[.!?…:;,]$/.test(first) ? first : null;
}

/** Paragraphs (blank-line separated) as escaped `<p>` elements. */
function paragraphsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** Analyses plain text as an article body. */
export function analyzeText(raw: string, options: AnalyzeTextOptions): AnalysisResult {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  const title = titleLine(text) ?? '';
  const lang = resolveLanguage([options.lang], text);
  const wordCount = countWords(text);
  const { isArticle, reason } = judgeText(text, wordCount);
  const analysis: ArticleAnalysis = {
    url: options.url,
    canonicalUrl: null,
    title,
    byline: null,
    siteName: null,
    lang,
    publishedTime: null,
    excerpt:
      text
        .split('\n')
        .find((line) => line.trim() && line.trim() !== title)
        ?.trim()
        .slice(0, 300) ?? null,
    leadImage: null,
    html: paragraphsHtml(text),
    text,
    wordCount,
    images: [],
    readingTimeMinutes: readingTimeMinutes(text, lang),
    entities: extractEntities(text, { lang, title: title || undefined, url: options.url }),
    related: [],
    isArticle,
    warnings: reason ? [analysisError('not-article', reason)] : [],
  };
  return ok(analysis);
}
