/**
 * The popup's analysis of an ordinary page, on its own thread, with the pipeline loaded apart from the
 * popup's first script: the pipeline (Readability, the entity rules and word lists, the public-suffix
 * list) is most of the popup's code. The popup's page preloads it and it is compiled off the main thread
 * (`modules/early-modules.ts`); it loads while the page's snapshot is taken, and the popup paints its frame
 * without waiting for it.
 */
import type { PageSnapshot } from '@/utils/article/page-snapshot';
import { parseHtmlInBrowser } from '@/utils/article/parse-html';
import type { AnalysisResult } from '@/utils/article/types';

/** Pages up to this many characters of HTML (nine in ten news pages) are analysed on the main thread. */
export const MAIN_THREAD_MAX_CHARS = 400_000;

let pipeline: Promise<typeof import('@/utils/article/analyze-document')> | null = null;

/** Starts loading the pipeline now (idempotent). */
export function warmMainThreadPipeline(): Promise<typeof import('@/utils/article/analyze-document')> {
  pipeline ??= import('@/utils/article/analyze-document').then((module) => {
    // Marks show up in DevTools' performance panel and the e2e timing report.
    performance.mark('liseuse:pipeline-loaded');
    return module;
  });
  return pipeline;
}

/** Parses the snapshot with the browser's own parser and analyses it. */
export async function analyzeOnMainThread(snapshot: PageSnapshot): Promise<AnalysisResult> {
  const { analyzeSnapshot } = await warmMainThreadPipeline();
  return analyzeSnapshot(snapshot, parseHtmlInBrowser);
}
