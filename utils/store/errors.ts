/**
 * Typed storage errors. Every quota failure (utils/shared/quota-error tells them) becomes one
 * `StorageQuotaError` that says so clearly. The failed transaction is rolled back, so what was
 * already saved stays intact.
 */
import { isQuotaError } from '@/utils/shared/quota-error';

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

/** Runs a storage operation, turning any quota failure into a `StorageQuotaError`. */
export async function guardQuota<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (err) {
    throw isQuotaError(err) ? new StorageQuotaError(err) : err;
  }
}

/**
 * The library was last opened by a newer Liseuse (the reader downgraded): its tables may no longer have
 * the shape this version reads and writes, so it is not touched at all, and the reader is told why.
 */
export class NewerDatabaseError extends Error {
  readonly code = 'newer-database' as const;
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `This library was saved by a newer version of Liseuse (format ${found}; this version reads up to ${known}). ` +
        'Update Liseuse to open it; nothing was changed.',
    );
    this.name = 'NewerDatabaseError';
  }
}

/** True for the error a database opened by a newer Liseuse gives (Dexie may wrap it in an OpenFailedError). */
export function isNewerDatabaseError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 3) return false;
  const e = err as { name?: unknown; inner?: unknown; cause?: unknown };
  if (e.name === 'NewerDatabaseError') return true;
  return isNewerDatabaseError(e.inner, depth + 1) || isNewerDatabaseError(e.cause, depth + 1);
}
