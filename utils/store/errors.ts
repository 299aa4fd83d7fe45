/**
 * Typed storage errors. Browsers report a full disk as `QuotaExceededError`, which Dexie may wrap
 * in an `AbortError` (the transaction aborted because of it) or a `BulkError`; all become one
 * `StorageQuotaError` that says so clearly. The failed transaction is rolled back, so what was
 * already saved stays intact.
 */

/** The device has no room left for the library. `code` travels in message replies. */
export class StorageQuotaError extends Error {
  readonly code = 'quota-exceeded' as const;
  constructor(cause?: unknown) {
    super('Storage is full: free some space or delete articles; nothing already saved was lost.', { cause });
    this.name = 'StorageQuotaError';
  }
}

/** A URL that cannot be saved (not http or https). */
export class InvalidUrlError extends Error {
  readonly code = 'bad-request' as const;
  constructor(url: string) {
    super(`Not a web address that can be saved: ${url.slice(0, 200)}`);
    this.name = 'InvalidUrlError';
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

function children(err: Record<string, unknown>): unknown[] {
  const failures = err.failures;
  const list = Array.isArray(failures)
    ? failures
    : failures && typeof failures === 'object'
      ? Object.values(failures)
      : [];
  return [err.inner, err.cause, ...list];
}

/** Whether an error, or any error it wraps (Dexie `inner`, `cause`, BulkError `failures`), is a quota error. */
export function isQuotaError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const e = err as Record<string, unknown>;
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (e.code === 22 || e.code === 1014) return true;
  return children(e).some((child) => isQuotaError(child, depth + 1));
}

/** Runs a storage operation, turning any quota failure into a `StorageQuotaError`. */
export async function guardQuota<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (err) {
    throw isQuotaError(err) ? new StorageQuotaError(err) : err;
  }
}
