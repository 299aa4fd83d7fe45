/**
 * Times the whole analysis (`analyzeSnapshot` with linkedom) in this Node process for several revisions
 * side by side: the same pages, best of `repeats` runs a page, the order of the sides rotated page by page
 * so that load, cache and GC effects fall on all of them alike. Each side first analyses every page of the
 * warm-up set once. Sides in one process share the libraries' compiled code and one heap, which favours the
 * first to run: `bench:analysis` times revisions in processes of their own (process-times.ts).
 */
import type { PageSnapshot } from '@/utils/article/page-snapshot';
import type { HtmlParser } from '@/utils/article/parse-html';
import type { AnalysisResult } from '@/utils/article/types';
import type { Page } from '../extract/corpus';
import { snapshotOf } from './pages';

/** One revision's analysis of a snapshot (its own `analyzeSnapshot` and parser). */
export type Analyzer = (page: Page) => AnalysisResult;

/** CPU time this process has used (user and system, all threads), in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Per side, the best time of each page (ms), in page order, after a run over `warmUp`. With `cpu`, also
 * fills it with the best CPU time of each page per side: the time the process ran, which other processes'
 * load moves less than the clock.
 */
export function timeSides(
  pages: Page[],
  warmUp: Page[],
  sides: Record<string, Analyzer>,
  repeats: number,
  cpu?: Record<string, number[]>,
): Record<string, number[]> {
  const names = Object.keys(sides);
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]]));
  if (cpu) for (const n of names) cpu[n] = [];
  for (const page of warmUp) for (const run of Object.values(sides)) run(page);
  pages.forEach((page, i) => {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length] as string;
      const run = sides[name] as Analyzer;
      let [best, bestCpu] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
      for (let r = 0; r < repeats; r++) {
        const [start, startCpu] = [performance.now(), cpuMs()];
        run(page);
        best = Math.min(best, performance.now() - start);
        bestCpu = Math.min(bestCpu, cpuMs() - startCpu);
      }
      times[name]?.push(best);
      cpu?.[name]?.push(bestCpu);
    }
  });
  return times;
}

/** The analysis of a revision's modules (its `analyzeSnapshot` and `parseHtmlWithLinkedom`) as an `Analyzer`. */
export function analyzerOf(
  analyzeSnapshot: (snapshot: PageSnapshot, parse: HtmlParser) => AnalysisResult,
  parse: HtmlParser,
): Analyzer {
  return (page) => analyzeSnapshot(snapshotOf(page), parse);
}
