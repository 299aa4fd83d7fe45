/**
 * Times the whole analysis (`analyzeSnapshot` with linkedom) in this Node process for several revisions
 * side by side: the same pages, best of `repeats` runs a page, the order of the sides rotated page by page
 * so that load, cache and GC effects fall on all of them alike.
 */
import type { PageSnapshot } from '@/utils/article/page-snapshot';
import type { HtmlParser } from '@/utils/article/parse-html';
import type { AnalysisResult } from '@/utils/article/types';
import type { Page } from '../extract/corpus';
import { snapshotOf } from './pages';

/** One revision's analysis of a snapshot (its own `analyzeSnapshot` and parser). */
export type Analyzer = (page: Page) => AnalysisResult;

/** Per side, the best time of each page (ms), in page order. */
export function timeSides(
  pages: Page[],
  sides: Record<string, Analyzer>,
  repeats: number,
): Record<string, number[]> {
  const names = Object.keys(sides);
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]]));
  for (const page of pages.slice(0, 5)) for (const run of Object.values(sides)) run(page);
  pages.forEach((page, i) => {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length] as string;
      const run = sides[name] as Analyzer;
      let best = Number.POSITIVE_INFINITY;
      for (let r = 0; r < repeats; r++) {
        const start = performance.now();
        run(page);
        best = Math.min(best, performance.now() - start);
      }
      times[name]?.push(best);
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
