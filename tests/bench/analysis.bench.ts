/**
 * Time of the whole analysis (parse, extraction, language, entities, related stories, header) of articles
 * of 800 to 1,200 words (`analyzeSnapshot`, parse included): in Node with linkedom, and in Debian's
 * Chromium both ways the popup runs it (the browser's `DOMParser` on its own thread for pages up to
 * `MAIN_THREAD_MAX_CHARS`, linkedom in a dedicated worker above), against another revision (`main` by
 * default) in the same run. Target: under 20 ms at the median. Best of N runs a page; the machine's load
 * is printed alongside.
 *
 *   npm run bench:analysis -- [--shared DIR] [--corpus zyte|trafilatura] [--baseline REF|none]
 *                             [--repeats N] [--no-browser] [--same-output]
 *
 * `--same-output` first compares this tree's analyses with the baseline's on every page of the corpora.
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MAIN_THREAD_MAX_CHARS } from '@/utils/article/tab/analyze-on-main-thread';
import { timeSidesInChromium } from './analysis/chromium-times';
import { analyzerOf } from './analysis/node-times';
import { loadArticlePages, MAX_WORDS, MIN_WORDS } from './analysis/pages';
import { sidesOf, timeSidesInProcesses } from './analysis/process-times';
import { reportSameOutput } from './analysis/same-output';
import { quantile, summary } from './analysis/stats';
import { baselineRoot, moduleAt, workingTreeRoot } from './extract/baseline';
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
  // Both sides are copies loaded the same way (see `workingTreeRoot`), each timed in a process of its own.
  const roots: Record<string, string> = { 'this tree': workingTreeRoot(projectRoot) };
  if (args.baseline !== 'none') roots[args.baseline] = baselineRoot(projectRoot, args.baseline);
  const all = names.flatMap((name) => loadCorpus(shared, name).pages);
  if (args['same-output'] && args.baseline !== 'none') {
    const [mine, base] = await Promise.all(
      Object.values(roots).map(async (root) => {
        const { analyzeSnapshot } = await moduleAt(root, 'utils/article/analyze-document.ts');
        const { parseHtmlWithLinkedom } = await moduleAt(root, 'utils/article/parse-html-linkedom.ts');
        return analyzerOf(analyzeSnapshot, parseHtmlWithLinkedom);
      }),
    );
    if (mine && base) reportSameOutput(all, mine, base);
  }
  console.log(
    `Node ${process.version}, linkedom, each side in its own process warmed on the ${all.length} pages (${load()} before)`,
  );
  const node = await timeSidesInProcesses(
    pages,
    sidesOf(roots, 'analysis', { shared, names, repeats: REPEATS }),
  );
  print('Node', node.wall);
  print('Node, CPU time (moves less with the load than the clock)', node.cpu);
  if (args['no-browser']) return;
  console.log(`Chromium (${load()} before)`);
  const chromium = await timeSidesInChromium(pages, roots, REPEATS);
  print("Chromium, DOMParser on the page's thread", chromium.onPage);
  print('Chromium, linkedom in a dedicated worker', chromium.inWorker);
  const big = pages.map((page) => page.html.length > MAIN_THREAD_MAX_CHARS);
  print(
    `Chromium as the popup runs it (the worker for the ${big.filter(Boolean).length} pages over ${MAIN_THREAD_MAX_CHARS} characters)`,
    Object.fromEntries(
      Object.entries(chromium.onPage).map(([side, t]) => [
        side,
        t.map((time, i) => (big[i] ? (chromium.inWorker[side]?.[i] ?? time) : time)),
      ]),
    ),
  );
  console.log(`(${load()} after)`);
}

await main();
