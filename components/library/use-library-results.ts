/**
 * The ids the library lists for a query and filters: newest first without a query, ranked with one.
 * Typing is debounced and stale answers are dropped, so results always match the current input.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  type ArticleFilters,
  isNewerDatabaseError,
  type LiseuseDatabase,
  newestArticleIds,
  searchArticles,
} from '@/utils/store';

/** Result list state: `ids` is null while the first answer is loading. */
export interface LibraryResults {
  ids: string[] | null;
  error: string | null;
  /** True while only the first screen of the newest-first list is known. */
  partial?: boolean;
  /** The database was saved by a newer Liseuse and is not opened (see NewerDatabaseError). */
  newerDatabase?: boolean;
}

const DEBOUNCE_MS = 60;
/** Rows shown from a short cursor while the full id list (10,000 keys) is read. */
const FIRST_SCREEN = 40;

/** Runs the search whenever query, filters or `version` (bumped after writes) change. */
export function useLibraryResults(
  db: LiseuseDatabase,
  query: string,
  filters: ArticleFilters,
  version: number,
): LibraryResults {
  const [results, setResults] = useState<LibraryResults>({ ids: null, error: null });
  const filterKey = JSON.stringify(filters);
  useEffect(() => {
    let current = true;
    // The plain newest-first list paints its first screen before the full list arrives.
    if (!query && filterKey === '{}') {
      newestArticleIds(db, FIRST_SCREEN).then(
        (ids) => {
          if (current) setResults((r) => (r.ids === null ? { ids, error: null, partial: true } : r));
        },
        () => undefined, // The full search below reports the error.
      );
    }
    const timer = setTimeout(
      () => {
        searchArticles(db, query, JSON.parse(filterKey) as ArticleFilters).then(
          (hits) => current && setResults({ ids: hits.map((h) => h.id), error: null }),
          (err: unknown) =>
            current && setResults({ ids: [], error: String(err), newerDatabase: isNewerDatabaseError(err) }),
        );
      },
      query ? DEBOUNCE_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [db, query, filterKey, version]);
  return results;
}
