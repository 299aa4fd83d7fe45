/** What the popup shows once it is done: an analysis (maybe with notices) or an error, never a spinner. */
import type { AnalysisErrorCode, ArticleAnalysis } from '@/utils/article/types';
import { type Failure, fail, type Result } from '@/utils/shared/result';

/**
 * Error codes the popup can show: the analysis codes, "no tab to analyse", "too large to analyse" (a huge
 * page's analysis ran out of the popup's time and was stopped) and "no answer" (the page did not hand over
 * its snapshot in time: its own scripts kept it busy, no analysis ran).
 */
export type PopupErrorCode = AnalysisErrorCode | 'no-tab' | 'too-large-to-analyze' | 'no-answer';

/** A best-effort analysis and what the reader should know about it (e.g. `not-article`, `too-large`). */
export interface TabAnalysis {
  analysis: ArticleAnalysis;
  notices: PopupErrorCode[];
}

/** A finished popup run. */
export type PopupOutcome = Result<TabAnalysis, Failure<PopupErrorCode>>;

/** Codes after which trying again can help (the page may have finished loading, or a hiccup passed). */
const RETRYABLE: ReadonlySet<PopupErrorCode> = new Set([
  'still-loading',
  'timeout',
  'no-answer',
  'injection-failed',
  'internal',
]);

/** Whether the popup offers a "Try again" button for this code. */
export function isRetryable(code: PopupErrorCode): boolean {
  return RETRYABLE.has(code);
}

/** An error outcome. */
export function errorOutcome(code: PopupErrorCode, message = ''): PopupOutcome {
  return fail(code, message);
}
