/** Runs one library lookup from a popup component once the database code has loaded. */
import { useEffect, useState } from 'preact/hooks';
import { type LibraryLookups, loadLibrary } from '@/components/popup/load-library';

/** Where a lookup stands; `failed` covers both the code not loading and the database refusing. */
export type LibraryResult<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: unknown };

/**
 * The result of `lookup`, run again whenever `lookup` changes (memoise it with `useCallback`);
 * answers that arrive after unmount or after a newer lookup started are dropped.
 */
export function useLibrary<T>(lookup: (lib: LibraryLookups) => Promise<T>): LibraryResult<T> {
  const [result, setResult] = useState<LibraryResult<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setResult({ status: 'loading' });
    loadLibrary()
      .then(lookup)
      .then(
        (value) => live && setResult({ status: 'ready', value }),
        (error: unknown) => live && setResult({ status: 'failed', error }),
      );
    return () => {
      live = false;
    };
  }, [lookup]);
  return result;
}
