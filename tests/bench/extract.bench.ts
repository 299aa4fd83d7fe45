/**
 * Extraction benchmark: the pipeline's text extraction against plain Readability 0.6.0 on linkedom, on the
 * same pages in the same run, both scored with the Zyte benchmark's scorer.
 *
 *   npm run bench:extract -- DIR GROUND_TRUTH.json [SCORER.mjs]
 *
 * DIR holds `<id>.html.gz` (or `.html`) pages; GROUND_TRUTH is `{id: {articleBody, url}}`. The scorer
 * defaults to ../shared/bench/extraction-score.mjs relative to the project root.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '@/utils/article/extract/extract-article';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

interface Page {
  id: string;
  html: string;
  url: string;
}

const [dir, truthFile, scorerArg] = process.argv.slice(2);
if (!dir || !truthFile) {
  console.error('usage: npm run bench:extract -- DIR GROUND_TRUTH.json [SCORER.mjs]');
  process.exit(2);
}
const projectRoot = resolve(import.meta.dirname, '..', '..');
const scorer = resolve(scorerArg ?? join(projectRoot, '..', 'shared', 'bench', 'extraction-score.mjs'));

function loadPages(): Page[] {
  const truth = JSON.parse(readFileSync(truthFile as string, 'utf8')) as Record<string, { url?: string }>;
  return readdirSync(dir as string)
    .filter((f) => /\.html(\.gz)?$/.test(f))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir as string, f));
      const id = basename(f).replace(/\.html(\.gz)?$/, '');
      const html = (f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
      return { id, html, url: truth[id]?.url ?? `https://example.invalid/${id}` };
    });
}

/** Plain Readability, as a library user would call it: linkedom's `parseHTML`, then `parse().textContent`. */
function plainReadability(page: Page): string {
  const doc = parseHTML(page.html).document as unknown as Document;
  return new Readability(doc).parse()?.textContent ?? '';
}

/**
 * The pipeline's extraction as the popup and the CLI run it (`analyzeSnapshot`): parse, then
 * `extractArticle` on the freshly parsed document (metadata, Readability, lazy images, sanitise, text).
 */
function pipeline(page: Page): string {
  const doc = parseHtmlWithLinkedom(page.html, page.url);
  return extractArticle(doc, { url: page.url, consumeDocument: true }).text;
}

/** The same on a document the caller keeps (`analyzeDocument` default): Readability gets a clone. */
function pipelineOnClone(page: Page): string {
  const doc = parseHtmlWithLinkedom(page.html, page.url);
  return extractArticle(doc, { url: page.url }).text;
}

const SIDES = { readability: plainReadability, pipeline, 'pipeline-clone': pipelineOnClone } as const;
type Side = keyof typeof SIDES;

/** Repetitions per page: the time kept is the fastest, the least disturbed by GC and other processes. */
const REPEATS = 3;

function timed(fn: (p: Page) => string, page: Page, times: number[]): string {
  let text = '';
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < REPEATS; r++) {
    const start = performance.now();
    text = fn(page);
    best = Math.min(best, performance.now() - start);
  }
  times.push(best);
  return text;
}

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

function score(predictions: string): string {
  return execFileSync(process.execPath, [scorer, truthFile as string, predictions], {
    encoding: 'utf8',
  }).trim();
}

function runAll(pages: Page[]): Record<Side, { times: number[]; lines: string[] }> {
  const empty = () => ({ times: [] as number[], lines: [] as string[] });
  const runs = { readability: empty(), pipeline: empty(), 'pipeline-clone': empty() };
  const sides = Object.keys(SIDES) as Side[];
  pages.forEach((page, i) => {
    // Rotate which side goes first so cache and GC effects fall on all of them.
    const order = sides.map((_, k) => sides[(i + k) % sides.length] as Side);
    for (const side of order) {
      const text = timed(SIDES[side], page, runs[side].times);
      runs[side].lines.push(JSON.stringify({ id: page.id, text }));
    }
  });
  return runs;
}

function main(): void {
  const pages = loadPages();
  // Warm the JIT on a few pages so no side pays for it in the timings.
  for (const page of pages.slice(0, 5)) for (const fn of Object.values(SIDES)) fn(page);
  const runs = runAll(pages);
  const outDir = mkdtempSync(join(tmpdir(), 'liseuse-bench-extract-'));
  console.log(`pages: ${pages.length}  predictions: ${outDir}`);
  for (const side of Object.keys(SIDES) as Side[]) {
    const file = join(outDir, `${side}.jsonl`);
    writeFileSync(file, `${runs[side].lines.join('\n')}\n`);
    const { times } = runs[side];
    console.log(`${side.padEnd(15)} ${score(file)}`);
    console.log(
      `${''.padEnd(15)} time/page (best of ${REPEATS}) median ${quantile(times, 0.5).toFixed(1)} ms  p95 ${quantile(times, 0.95).toFixed(1)} ms  total ${times.reduce((a, b) => a + b, 0).toFixed(0)} ms`,
    );
  }
  for (const side of ['pipeline', 'pipeline-clone'] as const) {
    const ratio = (q: number) =>
      (quantile(runs[side].times, q) / quantile(runs.readability.times, q)).toFixed(2);
    const total = (t: number[]) => t.reduce((a, b) => a + b, 0);
    const totalRatio = (total(runs[side].times) / total(runs.readability.times)).toFixed(2);
    console.log(
      `time ratio ${side}/readability: median ${ratio(0.5)}x  p95 ${ratio(0.95)}x  total ${totalRatio}x (target <= 1.5x)`,
    );
  }
}

main();
