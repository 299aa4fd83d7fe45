/** Bounds a promise in time, so a page that never answers cannot leave the popup spinning. */

/** Thrown by `withTimeout` when the time is up. */
export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/** Resolves like `promise`, or rejects with `TimeoutError` after `ms` milliseconds. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`No answer after ${ms} ms.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
