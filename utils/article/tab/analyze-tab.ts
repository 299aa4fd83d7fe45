/**
 * The popup's flow for one tab: refuse protected URLs, take a DOM snapshot in the page, then analyse it in
 * the popup's own page. Side effects come in as `TabAccess`, so the flow is tested without a browser.
 */

import type { PageSnapshot } from '@/utils/article/page-snapshot';
import { classifyInjectionError } from '@/utils/article/tab/classify-injection-error';
import { errorOutcome, type PopupErrorCode, type PopupOutcome } from '@/utils/article/tab/outcome';
import type { AnalysisResult } from '@/utils/article/types';
import { messageOf, ok } from '@/utils/shared/result';
import { TimeoutError, withTimeout } from '@/utils/shared/with-timeout';

/** What the flow needs from the browser and the pipeline. */
export interface TabAccess {
  /** The tab's URL when the extension may know it (activeTab or host access), and its loading status. */
  getTab(tabId: number): Promise<{ url?: string; status?: string }>;
  /** Runs `takePageSnapshot(maxChars)` in the tab's top frame. */
  snapshot(tabId: number, maxChars: number): Promise<PageSnapshot>;
  /** The pure analysis of a snapshot (parse + extract + entities + related). */
  analyze(snapshot: PageSnapshot): AnalysisResult | Promise<AnalysisResult>;
  isRestrictedUrl(url: string): boolean;
}

/** Limits that keep the popup bounded on huge or stuck pages. */
export interface AnalyzeLimits {
  /** Serialised DOM characters taken from the page; beyond this the beginning is analysed (notice `too-large`). */
  maxChars: number;
  /** How long the page may take to answer the injection. */
  injectionTimeoutMs: number;
}

/** Defaults: a few MB of HTML parse in well under a second; a healthy page answers in milliseconds. */
export const DEFAULT_LIMITS: AnalyzeLimits = { maxChars: 3_000_000, injectionTimeoutMs: 5_000 };

/** Analyses tab `tabId`; every failure becomes an error outcome with a code the popup can explain. */
export async function analyzeTab(
  tabId: number,
  access: TabAccess,
  limits: AnalyzeLimits = DEFAULT_LIMITS,
): Promise<PopupOutcome> {
  let url: string | undefined;
  try {
    url = (await access.getTab(tabId)).url;
  } catch (err) {
    return errorOutcome('no-tab', messageOf(err));
  }
  if (url && access.isRestrictedUrl(url)) return errorOutcome('restricted-page', url);
  let snapshot: PageSnapshot;
  try {
    snapshot = await withTimeout(access.snapshot(tabId, limits.maxChars), limits.injectionTimeoutMs);
  } catch (err) {
    if (err instanceof TimeoutError) return errorOutcome('timeout', err.message);
    return errorOutcome(classifyInjectionError(messageOf(err), url), messageOf(err));
  }
  return outcomeOf(snapshot, access);
}

/** The popup's outcome for a snapshot taken: the pipeline's result, its warnings as notices. */
async function outcomeOf(snapshot: PageSnapshot, access: TabAccess): Promise<PopupOutcome> {
  // The pipeline refuses non-HTML content and flags pages still loading or cut at `maxChars` as warnings.
  let result: AnalysisResult;
  try {
    result = await access.analyze(snapshot);
  } catch (err) {
    return errorOutcome('internal', messageOf(err));
  }
  if (!result.ok) return errorOutcome(result.error.code, result.error.message);
  const analysis = result.value;
  const notices = new Set<PopupErrorCode>((analysis.warnings ?? []).map((w) => w.code));
  if (!analysis.isArticle) notices.add('not-article');
  return ok({ analysis, notices: [...notices] });
}
