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

/** The tab's URL when the extension may know it (activeTab or host access), and its loading status. */
export interface TabFacts {
  url?: string;
  status?: string;
}

/** What the flow needs from the browser and the pipeline. */
export interface TabAccess {
  getTab(tabId: number): Promise<TabFacts>;
  /** Runs `takePageSnapshot(maxChars, graceMs)` in the tab's top frame, without waiting for the page to load. */
  snapshot(tabId: number, maxChars: number, graceMs: number): Promise<PageSnapshot>;
  /** The pure analysis of a snapshot (parse + extract + entities + related). */
  analyze(snapshot: PageSnapshot): AnalysisResult | Promise<AnalysisResult>;
  isRestrictedUrl(url: string): boolean;
  /**
   * Stops an analysis still running off the popup's thread (a huge page's worker) when the popup gives up
   * on it or closes; true when one was cut. Absent where nothing runs apart.
   */
  stop?(): boolean;
}

/** Limits that keep the popup bounded on huge or stuck pages. */
export interface AnalyzeLimits {
  /** Serialised DOM characters taken from the page; beyond this the beginning is analysed (notice `too-large`). */
  maxChars: number;
  /** How long the page may take to answer the injection (its loading grace included). */
  injectionTimeoutMs: number;
  /** How long a page still being parsed may take to reach DOMContentLoaded before what is parsed is taken. */
  loadingGraceMs: number;
}

/**
 * Defaults: a few MB of HTML parse in well under a second; a healthy page answers in milliseconds; a page
 * still loading usually has its article parsed already, so it gets a short grace, not a long wait.
 */
export const DEFAULT_LIMITS: AnalyzeLimits = {
  maxChars: 3_000_000,
  injectionTimeoutMs: 5_000,
  loadingGraceMs: 1_000,
};

/**
 * Analyses tab `tabId`; every failure becomes an error outcome with a code the popup can explain. `known`: what
 * the caller already read of the tab (the popup finds its tab with it), which saves asking the browser again.
 */
export async function analyzeTab(
  tabId: number,
  access: TabAccess,
  limits: AnalyzeLimits = DEFAULT_LIMITS,
  known?: TabFacts,
): Promise<PopupOutcome> {
  let url: string | undefined;
  try {
    url = (known ?? (await access.getTab(tabId))).url;
  } catch (err) {
    return errorOutcome('no-tab', messageOf(err));
  }
  if (url && access.isRestrictedUrl(url)) return errorOutcome('restricted-page', url);
  let snapshot: PageSnapshot;
  try {
    const taking = access.snapshot(tabId, limits.maxChars, limits.loadingGraceMs);
    snapshot = await withTimeout(taking, limits.injectionTimeoutMs);
  } catch (err) {
    if (err instanceof TimeoutError) return errorOutcome(await timeoutCode(tabId, access), err.message);
    return errorOutcome(classifyInjectionError(messageOf(err), url), messageOf(err));
  }
  return outcomeOf(snapshot, access);
}

/**
 * A page that did not answer while it is still loading is said to be loading; a loaded one, not to answer
 * (the analysis never started, so "it took too long to analyse" would be wrong).
 */
async function timeoutCode(tabId: number, access: TabAccess): Promise<PopupErrorCode> {
  const status = await access.getTab(tabId).then(
    (tab) => tab.status,
    () => undefined,
  );
  return status === 'loading' ? 'still-loading' : 'no-answer';
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
  // What is parsed of a page still loading may lack its article yet: "still loading" says why, and retry.
  if (!analysis.isArticle && snapshot.readyState === 'loading') return errorOutcome('still-loading');
  const notices = new Set<PopupErrorCode>((analysis.warnings ?? []).map((w) => w.code));
  if (!analysis.isArticle) notices.add('not-article');
  return ok({ analysis, notices: [...notices] });
}
