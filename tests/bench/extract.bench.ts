/**
 * Extraction benchmark: the pipeline's text extraction against plain Readability 0.6.0 on linkedom and
 * against another revision's pipeline (`main` by default), on the same pages in the same run, timed alike.
 * Zyte's corpus is scored with its scorer (word 4-gram F1), trafilatura's with its snippet scorer; each on
 * all pages and on the two halves (ids ending in an even hex digit = dev, odd = val). Then Readability's own
 * test pages are checked for crashes and lost text.
 *
 *   npm run bench:extract -- [--shared DIR] [--corpus zyte|trafilatura] [--baseline REF|none]
 *                            [--repeats N] [--per-page]
 *
 * DIR defaults to ../shared from the project root; pass /work/shared from a worktree.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '@/utils/article/extract/extract-article';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { reportAnalysisTime } from './extract/analysis-time';
import { type Extractor, extractorOf, loadBaseline } from './extract/baseline';
import { type Corpus, loadCorpus, writeGold } from './extract/corpus';
import { checkNoRegression } from './extract/no-regression';
import { perPage } from './extract/per-page';

const { values: args } = parseArgs({
  options: {
    shared: { type: 'string' },
    corpus: { type: 'string', multiple: true },
    baseline: { type: 'string', default: 'main' },
    repeats: { type: 'string', default: '3' },
    'per-page': { type: 'boolean', default: false },
  },
});
const projectRoot = resolve(import.meta.dirname, '..', '..');
const shared = resolve(args.shared ?? join(projectRoot, '..', 'shared'));
const REPEATS = Math.max(1, Number(args.repeats));

/** Plain Readability, as a library user would call it: linkedom's `parseHTML`, then `parse().textContent`. */
const plainReadability: Extractor = (html) =>
  new Readability(parseHTML(html).document as unknown as Document).parse()?.textContent ?? '';

/** The pipeline as the CLI and the service worker run it (`analyzeSnapshot`): parse, then extract the fresh document. */
const pipeline = extractorOf(extractArticle, parseHtmlWithLinkedom);

interface Run {
  times: number[];
  texts: Map<string, string>;
}

/** Runs every side on every page, `REPEATS` times, keeping the fastest time (least disturbed by GC). */
function runAll(corpus: Corpus, sides: Record<string, Extractor>): Record<string, Run> {
  const names = Object.keys(sides);
  const runs = Object.fromEntries(names.map((n) => [n, { times: [], texts: new Map() } as Run]));
  for (const page of corpus.pages.slice(0, 5)) for (const fn of Object.values(sides)) fn(page.html, page.url);
  corpus.pages.forEach((page, i) => {
    // Rotate which side goes first so cache and GC effects fall on all of them.
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length] as string;
      const run = runs[name] as Run;
      let best = Number.POSITIVE_INFINITY;
      for (let r = 0; r < REPEATS; r++) {
        const start = performance.now();
        run.texts.set(page.id, (sides[name] as Extractor)(page.html, page.url));
        best = Math.min(best, performance.now() - start);
      }
      run.times.push(best);
    }
  });
  return runs;
}

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const total = (values: number[]): number => values.reduce((a, b) => a + b, 0);

function report(corpus: Corpus, runs: Record<string, Run>, outDir: string): void {
  const golds = (['all', 'dev', 'val'] as const).map((half) => ({
    half,
    file: writeGold(corpus, half, join(outDir, `${corpus.name}-${half}.json`)),
  }));
  console.log(`\n${corpus.name}: ${corpus.pages.length} pages`);
  for (const [side, run] of Object.entries(runs)) {
    const file = join(outDir, `${corpus.name}-${side}.jsonl`);
    const lines = [...run.texts].map(([id, text]) => JSON.stringify({ id, text }));
    writeFileSync(file, `${lines.join('\n')}\n`);
    for (const { half, file: gold } of golds) {
      const line = execFileSync(process.execPath, [corpus.scorer, gold, file], { encoding: 'utf8' }).trim();
      console.log(`  ${side.padEnd(12)} ${half.padEnd(4)} ${line}`);
    }
    const t = run.times;
    console.log(
      `  ${''.padEnd(17)}time/page median ${quantile(t, 0.5).toFixed(1)} ms  p95 ${quantile(t, 0.95).toFixed(1)} ms  total ${total(t).toFixed(0)} ms`,
    );
    if (args['per-page']) {
      writeFileSync(
        join(outDir, `${corpus.name}-${side}.tsv`),
        perPage(corpus, golds[0]?.file ?? '', file, run.texts),
      );
    }
  }
  const base = runs.readability?.times ?? [];
  for (const side of Object.keys(runs).filter((s) => s !== 'readability')) {
    const t = runs[side]?.times ?? [];
    const ratio = (q: number) => (quantile(t, q) / quantile(base, q)).toFixed(2);
    console.log(
      `  time ${side}/readability: median ${ratio(0.5)}x  p95 ${ratio(0.95)}x  total ${(total(t) / total(base)).toFixed(2)}x (target <= 1.5x)`,
    );
  }
}

async function main(): Promise<void> {
  const sides: Record<string, Extractor> = { readability: plainReadability, pipeline };
  if (args.baseline !== 'none') sides[args.baseline] = await loadBaseline(projectRoot, args.baseline);
  const outDir = mkdtempSync(join(tmpdir(), 'liseuse-bench-extract-'));
  console.log(`predictions: ${outDir}  (best of ${REPEATS} runs a page)`);
  const names = (args.corpus ?? ['zyte', 'trafilatura']) as Corpus['name'][];
  for (const name of names) {
    const corpus = loadCorpus(shared, name);
    report(corpus, runAll(corpus, sides), outDir);
    if (name === 'zyte') reportAnalysisTime(corpus.pages);
  }
  checkNoRegression(shared, plainReadability, pipeline);
}

await main();
