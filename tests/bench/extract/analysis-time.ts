/**
 * Time of the whole analysis (parse, extraction, language, entities, related stories) of articles of
 * about 1,000 words, as the popup runs it: the target is under 20 ms at the median. `npm run bench:analysis`
 * measures the same against a baseline revision, in Node and in Chromium.
 */
import { analyzeSnapshot } from '@/utils/article/analyze-document';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { analyzerOf, timeSides } from '../analysis/node-times';
import { articleSizedPages, MAX_WORDS, MIN_WORDS } from '../analysis/pages';
import { summary } from '../analysis/stats';
import type { Page } from './corpus';

const REPEATS = 5;

/** Prints the median and p95 analysis time of the pages whose article has 800 to 1,200 words. */
export function reportAnalysisTime(pages: Page[]): void {
  const sized = articleSizedPages(pages);
  // Choosing the pages has just analysed every page with these same modules: that is the warm-up.
  const { pipeline = [] } = timeSides(
    sized,
    [],
    { pipeline: analyzerOf(analyzeSnapshot, parseHtmlWithLinkedom) },
    REPEATS,
  );
  console.log(
    `\nanalysis of ${MIN_WORDS}-${MAX_WORDS}-word articles (${sized.length} pages, best of ${REPEATS}): ${summary(pipeline)} (target median < 20 ms)`,
  );
}
