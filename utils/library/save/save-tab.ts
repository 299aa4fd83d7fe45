/**
 * Saving a whole tab without the popup (context menu, keyboard command): analyse the tab, store the
 * analysis through the same code as `article/save`, and report the outcome. Side effects are injected,
 * so the flow is tested without a browser.
 */

import type { PopupErrorCode, PopupOutcome } from '@/utils/article/tab';
import type { ArticleAnalysis } from '@/utils/article/types';
import { isQuotaError } from '@/utils/shared/quota-error';
import { type Failure, fail, messageOf, ok, type Result } from '@/utils/shared/result';
import type { SaveResult } from '@/utils/store/types';

/** What saving a tab needs from the browser, the pipeline and the library. */
export interface SaveTabDeps {
  analyze(tabId: number): Promise<PopupOutcome>;
  save(analysis: ArticleAnalysis): Promise<SaveResult>;
}

/** The outcome: saved (new or updated), or why not (an analysis error code, `quota-exceeded`, `internal`). */
export type SaveTabResult = Result<SaveResult, Failure<PopupErrorCode | 'quota-exceeded'>>;

function failureOf(err: unknown): SaveTabResult {
  return fail(isQuotaError(err) ? 'quota-exceeded' : 'internal', messageOf(err));
}

/** Analyses and saves tab `tabId`; never throws. Pages that are not articles are saved as best effort. */
export async function saveTab(tabId: number, deps: SaveTabDeps): Promise<SaveTabResult> {
  let outcome: PopupOutcome;
  try {
    outcome = await deps.analyze(tabId);
  } catch (err) {
    return failureOf(err);
  }
  if (!outcome.ok) return outcome;
  try {
    return ok(await deps.save(outcome.value.analysis));
  } catch (err) {
    return failureOf(err);
  }
}
