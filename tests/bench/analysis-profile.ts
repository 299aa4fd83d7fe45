/**
 * Runs the whole analysis (parse included) over the article-sized pages in a loop, for a CPU profile:
 *   node --import tsx --cpu-prof --cpu-prof-dir DIR tests/bench/analysis-profile.ts --shared DIR [--rounds N]
 * Prints the median time of the parse alone and of the whole analysis.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeSnapshot } from '@/utils/article/analyze-document';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { loadArticlePages, snapshotOf } from './analysis/pages';
import { quantile } from './analysis/stats';

const { values: args } = parseArgs({
  options: { shared: { type: 'string' }, rounds: { type: 'string', default: '10' } },
});
const shared = resolve(args.shared ?? join(import.meta.dirname, '..', '..', '..', 'shared'));
const pages = loadArticlePages(shared, ['zyte', 'trafilatura']);
const best = (run: () => void): number => {
  let time = Number.POSITIVE_INFINITY;
  for (let r = 0; r < Number(args.rounds); r++) {
    const start = performance.now();
    run();
    time = Math.min(time, performance.now() - start);
  }
  return time;
};
const parse = pages.map((page) => best(() => parseHtmlWithLinkedom(page.html, page.url)));
const whole = pages.map((page) => best(() => analyzeSnapshot(snapshotOf(page), parseHtmlWithLinkedom)));
console.log(
  `${pages.length} pages: parse median ${quantile(parse, 0.5).toFixed(2)} ms, analysis median ${quantile(whole, 0.5).toFixed(2)} ms`,
);
