/** One CLI input → one JSON-serialisable output line object, through the same pipeline as the popup. */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '@/utils/article/analyze-document';
import { analyzeText } from '@/utils/article/analyze-text';
import { analysisError } from '@/utils/article/error-messages';
import { readMetadata } from '@/utils/article/extract';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import type { AnalysisError, AnalysisResult, ArticleAnalysis } from '@/utils/article/types';
import { readInput } from '@/utils/cli/read-input';
import { messageOf } from '@/utils/shared/result';

/** The CLI's success line, exactly these fields in this order (toLine writes them). */
export type CliSuccess = { file: string; ok: true } & Pick<
  ArticleAnalysis,
  | 'url'
  | 'title'
  | 'byline'
  | 'siteName'
  | 'lang'
  | 'publishedTime'
  | 'excerpt'
  | 'wordCount'
  | 'readingTimeMinutes'
  | 'text'
  | 'html'
> & {
    entities: Array<{ text: string; type: string; count: number }>;
    related: Array<{ title: string; url: string; score: number }>;
  };

/** The CLI's failure line. */
export interface CliFailure {
  file: string;
  ok: false;
  error: AnalysisError;
}

/** A line plus warnings meant for stderr. */
export interface CliOutcome {
  line: CliSuccess | CliFailure;
  warnings: string[];
}

function toLine(file: string, a: ArticleAnalysis): CliSuccess {
  return {
    file,
    ok: true,
    url: a.url,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    lang: a.lang,
    publishedTime: a.publishedTime,
    excerpt: a.excerpt,
    wordCount: a.wordCount,
    readingTimeMinutes: a.readingTimeMinutes,
    text: a.text,
    html: a.html,
    entities: a.entities.map(({ text, type, count }) => ({ text, type, count })),
    related: a.related.map(({ title, url, score }) => ({
      title,
      url,
      score: Math.round(score * 1000) / 1000,
    })),
  };
}

/** Parses HTML and analyses it; without `--url` the page's canonical URL, else the file's URL, is the page URL. */
function analyzeHtml(html: string, fileUrl: string, url: string | undefined): AnalysisResult {
  let doc: Document;
  try {
    doc = parseHtmlWithLinkedom(html, url ?? fileUrl);
  } catch (err) {
    return { ok: false, error: analysisError('parse-error', messageOf(err)) };
  }
  const pageUrl = url ?? readMetadata(doc, fileUrl).canonicalUrl ?? fileUrl;
  const freshCopy = () => parseHtmlWithLinkedom(html, url ?? fileUrl);
  return analyzeDocument(doc, { url: pageUrl, consumeDocument: true, freshCopy });
}

/** Reads and analyses one file; never throws. */
export async function analyzeFile(file: string, url?: string): Promise<CliOutcome> {
  const input = await readInput(file);
  if (!input.ok) return { line: { file, ok: false, error: input.error }, warnings: [] };
  const fileUrl = pathToFileURL(resolve(file)).href;
  const result =
    input.value.kind === 'text'
      ? analyzeText(input.value.content, { url: url ?? fileUrl })
      : analyzeHtml(input.value.content, fileUrl, url);
  if (!result.ok) return { line: { file, ok: false, error: result.error }, warnings: [] };
  const warnings = (result.value.warnings ?? []).map((w) => `${file}: ${w.code}: ${w.message}`);
  if (input.value.truncated)
    warnings.push(
      `${file}: too-large: only the first ${input.value.content.length} of ${input.value.totalChars} characters were analysed`,
    );
  return { line: toLine(file, result.value), warnings };
}
