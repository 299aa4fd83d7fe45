/**
 * Saving a whole tab without the popup (context menu, keyboard command): analyse the tab, store the
 * analysis through the same code as `article/save`, and report the outcome. Side effects are injected,
 * so the flow is tested without a browser.
 */

import type { PopupOutcome } from '@/utils/article/tab/outcome';
import type { ArticleAnalysis } from '@/utils/article/types';
import type { SaveResult } from '@/utils/store/types';

/** What saving a tab needs from the browser, the pipeline and the library. */
export interface SaveTabDeps {
  analyse(tabId: number): Promise<PopupOutcome>;
  save(analysis: ArticleAnalysis): Promise<SaveResult>;
}

/** The outcome: saved (new or updated), or why not (an analysis error code, `quota-exceeded`, `internal`). */
export type SaveTabResult = { ok: true; result: SaveResult } | { ok: false; code: string; message: string };

function failureOf(err: unknown): SaveTabResult {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  const code = name === 'QuotaExceededError' || name === 'StorageQuotaError' ? 'quota-exceeded' : 'internal';
  return { ok: false, code, message };
}

/** Analyses and saves tab `tabId`; never throws. Pages that are not articles are saved as best effort. */
export async function saveTab(tabId: number, deps: SaveTabDeps): Promise<SaveTabResult> {
  let outcome: PopupOutcome;
  try {
    outcome = await deps.analyse(tabId);
  } catch (err) {
    return failureOf(err);
  }
  if (outcome.kind === 'error') return { ok: false, code: outcome.code, message: outcome.detail };
  try {
    return { ok: true, result: await deps.save(outcome.analysis) };
  } catch (err) {
    return failureOf(err);
  }
}
