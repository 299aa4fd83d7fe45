/**
 * Time of the whole analysis (parse, extraction, language, entities, related stories, header) of articles
 * of 800 to 1,200 words, as the popup runs it (`analyzeSnapshot` with linkedom): in Node and in Debian's
 * Chromium (a dedicated worker, as the popup's), against another revision (`main` by default) in the same
 * run. Target: under 20 ms at the median. Best of N runs a page; the machine's load is printed alongside.
 *
 *   npm run bench:analysis -- [--shared DIR] [--corpus zyte|trafilatura] [--baseline REF|none]
 *                             [--repeats N] [--no-browser] [--same-output]
 *
 * `--same-output` first compares this tree's analyses with the baseline's on every page of the corpora.
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeSnapshot } from '@/utils/article/analyze-document';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { timeSidesInChromium } from './analysis/chromium-times';
import { type Analyzer, analyzerOf, timeSides } from './analysis/node-times';
import { loadArticlePages, MAX_WORDS, MIN_WORDS } from './analysis/pages';
import { reportSameOutput } from './analysis/same-output';
import { quantile, summary } from './analysis/stats';
import { baselineModule, baselineRoot } from './extract/baseline';
import { type Corpus, loadCorpus } from './extract/corpus';

const { values: args } = parseArgs({
  options: {
    shared: { type: 'string' },
    corpus: { type: 'string', multiple: true },
    baseline: { type: 'string', default: 'main' },
    repeats: { type: 'string', default: '7' },
    'no-browser': { type: 'boolean', default: false },
    'same-output': { type: 'boolean', default: false },
  },
});
const projectRoot = resolve(import.meta.dirname, '..', '..');
const shared = resolve(args.shared ?? join(projectRoot, '..', 'shared'));
const REPEATS = Math.max(1, Number(args.repeats));
const load = () =>
  `load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on 2 cores`;

function print(where: string, times: Record<string, number[]>): void {
  console.log(`${where}:`);
  for (const [side, t] of Object.entries(times)) console.log(`  ${side.padEnd(12)} ${summary(t)}`);
  const [mine = [], base] = Object.values(times);
  // Page by page, the two sides ran back to back: their ratio moves less with the load than either time.
  if (base) {
    const ratios = mine.map((t, i) => t / (base[i] ?? t));
    console.log(
      `  this tree / ${Object.keys(times)[1]} page by page: median ${quantile(ratios, 0.5).toFixed(2)}x`,
    );
  }
}

async function main(): Promise<void> {
  const names = (args.corpus ?? ['zyte', 'trafilatura']) as Corpus['name'][];
  const pages = loadArticlePages(shared, names);
  console.log(
    `analysis of ${MIN_WORDS}-${MAX_WORDS}-word articles: ${pages.length} pages of ${names.join(', ')}, best of ${REPEATS} (target median < 20 ms)`,
  );
  const sides: Record<string, Analyzer> = { 'this tree': analyzerOf(analyzeSnapshot, parseHtmlWithLinkedom) };
  const roots: Record<string, string> = { 'this tree': projectRoot };
  if (args.baseline !== 'none') {
    const ref = args.baseline;
    const base = await baselineModule(projectRoot, ref, 'utils/article/analyze-document.ts');
    const parser = await baselineModule(projectRoot, ref, 'utils/article/parse-html-linkedom.ts');
    sides[ref] = analyzerOf(base.analyzeSnapshot, parser.parseHtmlWithLinkedom);
    roots[ref] = baselineRoot(projectRoot, ref);
    if (args['same-output']) {
      const all = names.flatMap((name) => loadCorpus(shared, name).pages);
      reportSameOutput(all, sides['this tree'] as Analyzer, sides[ref] as Analyzer);
    }
  }
  console.log(`Node ${process.version}, linkedom (${load()} before)`);
  print('Node', timeSides(pages, sides, REPEATS));
  if (args['no-browser']) return;
  console.log(`Chromium, linkedom in a dedicated worker (${load()} before)`);
  print('Chromium', await timeSidesInChromium(pages, roots, REPEATS));
  console.log(`(${load()} after)`);
}

await main();
