/**
 * The one disk-full detector. Browsers report a full quota as `QuotaExceededError` (Firefox also as
 * `NS_ERROR_DOM_QUOTA_REACHED`, legacy code 22 or 1014), which Dexie may wrap in an `AbortError` (`inner`),
 * a `BulkError` (`failures`) or a `cause`; Liseuse's own `StorageQuotaError` says the same. A disk that is
 * really full is another matter: Chromium 156 aborts the transaction with `DataError: Failed to write
 * blobs (IOError)` (measured on a full tmpfs, for values above a few tens of kB), which Dexie rejects as an
 * `AbortError` whose message repeats it; storage errors that say "IO error" or "no space" mean the same.
 */

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'StorageQuotaError']);
const QUOTA_CODES = new Set<unknown>([22, 1014, 'quota-exceeded']);
const MAX_DEPTH = 5;
/** Storage errors whose message says the disk could not be written. */
const DISK_ERROR_NAMES = new Set(['DataError', 'AbortError', 'UnknownError', 'OpenFailedError']);
const DISK_MESSAGE = /\bIO ?error\b|no space left|disk (is )?full|ENOSPC/i;

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
  if (typeof e.name === 'string' && DISK_ERROR_NAMES.has(e.name) && DISK_MESSAGE.test(String(e.message)))
    return true;
  if (QUOTA_CODES.has(e.code)) return true;
  return children(e).some((child) => isQuotaError(child, depth + 1));
}
