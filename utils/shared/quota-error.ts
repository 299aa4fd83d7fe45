/**
 * The one disk-full detector. Browsers report a full disk as `QuotaExceededError` (Firefox also as
 * `NS_ERROR_DOM_QUOTA_REACHED`, legacy code 22 or 1014), which Dexie may wrap in an `AbortError` (`inner`),
 * a `BulkError` (`failures`) or a `cause`; Liseuse's own `StorageQuotaError` says the same.
 */

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'StorageQuotaError']);
const QUOTA_CODES = new Set<unknown>([22, 1014, 'quota-exceeded']);
const MAX_DEPTH = 5;

function children(err: Record<string, unknown>): unknown[] {
  const failures = err.failures;
  const list = Array.isArray(failures)
    ? failures
    : failures && typeof failures === 'object'
      ? Object.values(failures)
      : [];
  return [err.inner, err.cause, ...list];
}

/** Whether an error, or any error it wraps (Dexie `inner`, `cause`, BulkError `failures`), says the disk is full. */
export function isQuotaError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > MAX_DEPTH) return false;
  const e = err as Record<string, unknown>;
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (QUOTA_CODES.has(e.code)) return true;
  return children(e).some((child) => isQuotaError(child, depth + 1));
}
