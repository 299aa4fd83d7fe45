/**
 * Runs the analysis pipeline on a list of pages and prints one JSON line per page: header fields, related
 * stories and the analysis time. The related-stories benchmark runs this same file in this tree and in an
 * export of the baseline branch, so both sides go through identical code around the pipeline.
 *
 *   npx tsx tests/bench/related/run-pages.ts PAGES.json
 *
 * PAGES.json: [{ id, file, url }] (url null: the page's canonical URL, else the file's, as the CLI does).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { analyzeDocument } from '@/utils/article/analyze-document';
import { readMetadata } from '@/utils/article/extract/metadata';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { collectLinkCandidates, rankRelatedLinks } from '@/utils/article/related';
import type { ArticleAnalysis } from '@/utils/article/types';

interface PageRef {
  id: string;
  file: string;
  url: string | null;
}

// The fastest of a few runs is the one least disturbed by GC and the other processes on the machine.
const REPEATS = 3;

/** CPU time of this process in ms: on a shared, loaded machine it varies far less than wall time. */
const cpuNow = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function analyze(html: string, fileUrl: string, url: string | null) {
  const doc = parseHtmlWithLinkedom(html, url ?? fileUrl);
  const pageUrl = url ?? readMetadata(doc, fileUrl).canonicalUrl ?? fileUrl;
  return analyzeDocument(doc, { url: pageUrl, consumeDocument: true });
}

function bestOf(fn: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < REPEATS; i += 1) {
    const start = cpuNow();
    fn();
    best = Math.min(best, cpuNow() - start);
  }
  return Math.round(best * 100) / 100;
}

/** The stages this benchmark is about, on a freshly parsed page: header metadata, link collection and ranking. */
function stageTimes(html: string, url: string, a: ArticleAnalysis): { metaMs: number; relatedMs: number } {
  const doc = parseHtmlWithLinkedom(html, url);
  const metaMs = bestOf(() => readMetadata(doc, url));
  const article = { url, title: a.title, text: a.text, lang: a.lang, entities: a.entities };
  const relatedMs = bestOf(() => rankRelatedLinks(collectLinkCandidates(doc, url), article));
  return { metaMs, relatedMs };
}

function run(page: PageRef): string {
  const raw = readFileSync(page.file);
  const html = (page.file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const fileUrl = pathToFileURL(resolve(page.file)).href;
  let best = Number.POSITIVE_INFINITY;
  let result = analyze(html, fileUrl, page.url);
  for (let i = 0; i < REPEATS; i += 1) {
    const start = cpuNow();
    result = analyze(html, fileUrl, page.url);
    best = Math.min(best, cpuNow() - start);
  }
  if (!result.ok) return JSON.stringify({ id: page.id, ok: false, error: result.error.code });
  const a = result.value;
  return JSON.stringify({
    id: page.id,
    ok: true,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    wordCount: a.wordCount,
    related: a.related.map(({ title, url }) => ({ title, url })),
    ms: Math.round(best * 100) / 100,
    ...stageTimes(html, a.url, a),
  });
}

const [listFile] = process.argv.slice(2);
if (!listFile) {
  console.error('usage: npx tsx tests/bench/related/run-pages.ts PAGES.json');
  process.exit(2);
}
const pages = JSON.parse(readFileSync(listFile, 'utf8')) as PageRef[];
for (const page of pages) process.stdout.write(`${run(page)}\n`);
