/** The tab-analysis flow the popup and the background share: refuse, snapshot, analyse, explain. */
export { type AnalyzeLimits, analyzeTab, DEFAULT_LIMITS, type TabAccess } from './analyze-tab';
export {
  errorOutcome,
  isRetryable,
  type PopupErrorCode,
  type PopupOutcome,
  type TabAnalysis,
} from './outcome';
