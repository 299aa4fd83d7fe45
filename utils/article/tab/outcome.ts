/** What the popup shows once it is done: an analysis (maybe with notices) or an error, never a spinner. */
import type { AnalysisErrorCode, ArticleAnalysis } from '@/utils/article/types';

/** Error codes the popup can show: the analysis codes plus "no tab to analyse". */
export type PopupErrorCode = AnalysisErrorCode | 'no-tab';

/** A finished popup run. Notices are shown above a best-effort analysis (e.g. `not-article`, `too-large`). */
export type PopupOutcome =
  | { kind: 'analysis'; analysis: ArticleAnalysis; notices: PopupErrorCode[] }
  | { kind: 'error'; code: PopupErrorCode; detail: string };

/** Codes after which trying again can help (the page may have finished loading, or a hiccup passed). */
const RETRYABLE: ReadonlySet<PopupErrorCode> = new Set([
  'still-loading',
  'timeout',
  'injection-failed',
  'internal',
]);

/** Whether the popup offers a "Try again" button for this code. */
export function isRetryable(code: PopupErrorCode): boolean {
  return RETRYABLE.has(code);
}

/** An error outcome. */
export function errorOutcome(code: PopupErrorCode, detail = ''): PopupOutcome {
  return { kind: 'error', code, detail };
}
