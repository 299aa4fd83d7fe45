/**
 * Loads the popup's database code on demand. Dexie and the db layer are a third of the popup's weight and
 * nothing on first paint needs them, so they stay out of the page's static imports (and its modulepreload set).
 * The first call comes from the Save action's and the related list's effects, which run once the analysis
 * has been painted: the fetch then overlaps the reader's first look, never the injection and parse before it
 * (starting it together with the run was not measurably faster in e2e timing runs).
 */

/** The lazily loaded module: saved-state lookup and related stories from the library. */
export type LibraryLookups = typeof import('@/components/popup/library-lookups');

let pending: Promise<LibraryLookups> | null = null;

/** Starts fetching the module once (later calls share it); after a failed load the next call tries again. */
export function loadLibrary(): Promise<LibraryLookups> {
  pending ??= import('@/components/popup/library-lookups').catch((err: unknown) => {
    pending = null;
    throw err;
  });
  return pending;
}
