/**
 * Extraction benchmark: the pipeline's text extraction against plain Readability 0.6.0 on linkedom and
 * against another revision's pipeline (`main` by default), on the same pages in the same run, timed alike:
 * each side in a Node process of its own, as `bench:analysis` times them (analysis/process-times.ts).
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
import { extractArticle } from '@/utils/article/extract/extract-article';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { sidesOf, timeSidesInProcesses } from './analysis/process-times';
import type { SideSetup } from './analysis/side-process';
import { reportAnalysisTime } from './extract/analysis-time';
import { baselineRoot, extractorOf, workingTreeRoot } from './extract/baseline';
import { type Corpus, loadCorpus, writeGold } from './extract/corpus';
import { checkNoRegression } from './extract/no-regression';
import { perPage } from './extract/per-page';
import { plainReadability } from './extract/plain-readability';

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

/** The pipeline as the CLI and the service worker run it (parse, then extract), in this process: the no-regression check. */
const pipeline = extractorOf(extractArticle, parseHtmlWithLinkedom);

interface Run {
  times: number[];
  texts: Map<string, string>;
}

/**
 * Every side on every page, `REPEATS` times, keeping the fastest time (least disturbed by GC): the sides run
 * in processes of their own, warmed on all the pages, the order of the sides rotated page by page.
 */
async function runAll(
  corpora: Corpus[],
  sides: Record<string, SideSetup>,
): Promise<Map<Corpus, Record<string, Run>>> {
  const pages = corpora.flatMap((corpus) =>
    corpus.pages.map((page) => ({ id: `${corpus.name}/${page.id}` })),
  );
  const timed = await timeSidesInProcesses(pages, sides);
  const runs = new Map<Corpus, Record<string, Run>>();
  let from = 0;
  for (const corpus of corpora) {
    const to = from + corpus.pages.length;
    const run = (side: string): Run => ({
      times: timed.wall[side]?.slice(from, to) ?? [],
      texts: new Map(
        corpus.pages.map((page) => [page.id, timed.texts[side]?.get(`${corpus.name}/${page.id}`) ?? '']),
      ),
    });
    runs.set(corpus, Object.fromEntries(Object.keys(sides).map((side) => [side, run(side)])));
    from = to;
  }
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
  const names = (args.corpus ?? ['zyte', 'trafilatura']) as Corpus['name'][];
  const common = { shared, names, repeats: REPEATS };
  // The pipeline is timed as a copy, loaded the same way as the baseline's (see `workingTreeRoot`).
  const roots: Record<string, string> = { pipeline: workingTreeRoot(projectRoot) };
  if (args.baseline !== 'none') roots[args.baseline] = baselineRoot(projectRoot, args.baseline);
  const sides = {
    readability: { ...common, job: 'readability', root: projectRoot },
    ...sidesOf(roots, 'extract', common),
  } satisfies Record<string, SideSetup>;
  const outDir = mkdtempSync(join(tmpdir(), 'liseuse-bench-extract-'));
  console.log(`predictions: ${outDir}  (best of ${REPEATS} runs a page, each side in a process of its own)`);
  const corpora = names.map((name) => loadCorpus(shared, name));
  const runs = await runAll(corpora, sides);
  for (const corpus of corpora) {
    report(corpus, runs.get(corpus) ?? {}, outDir);
    if (corpus.name === 'zyte') reportAnalysisTime(corpus.pages);
  }
  checkNoRegression(shared, plainReadability, pipeline);
}

await main();
