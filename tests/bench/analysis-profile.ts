/**
 * Runs the whole analysis (parse included) over the article-sized pages in a loop and prints the median of
 * the parse alone and of the whole analysis; with `--profile FILE`, writes a CPU profile of the timed loop
 * only (the choice of pages, which analyses every page of the corpora once, left out), for Chrome DevTools:
 *   npx tsx tests/bench/analysis-profile.ts --shared /work/shared [--rounds N] [--profile FILE]
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeSnapshot } from '@/utils/article/analyze-document';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { loadArticlePages, snapshotOf } from './analysis/pages';
import { quantile } from './analysis/stats';

const { values: args } = parseArgs({
  options: {
    shared: { type: 'string' },
    rounds: { type: 'string', default: '10' },
    profile: { type: 'string' },
  },
});
const shared = resolve(args.shared ?? join(import.meta.dirname, '..', '..', '..', 'shared'));
const pages = loadArticlePages(shared, ['zyte', 'trafilatura']);

/** The best of `rounds` runs of `run` (ms). */
function best(run: () => void): number {
  let time = Number.POSITIVE_INFINITY;
  for (let r = 0; r < Number(args.rounds); r++) {
    const start = performance.now();
    run();
    time = Math.min(time, performance.now() - start);
  }
  return time;
}

const session = new Session();
if (args.profile) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const parse = pages.map((page) => best(() => parseHtmlWithLinkedom(page.html, page.url)));
const whole = pages.map((page) => best(() => analyzeSnapshot(snapshotOf(page), parseHtmlWithLinkedom)));
if (args.profile) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(args.profile, JSON.stringify(profile));
}
const median = (times: number[]) => quantile(times, 0.5).toFixed(2);
console.log(`${pages.length} pages: parse median ${median(parse)} ms, analysis median ${median(whole)} ms`);
