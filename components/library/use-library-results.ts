/**
 * The ids the library lists for a view, query, filters and order: in that order without a query,
 * best match first with one. Typing is debounced and stale answers are dropped, so results always
 * match the current input; a view's first screen comes from a short index cursor before the rest.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type ArticleFilters,
  type ArticleSort,
  firstScreenIds,
  isNewerDatabaseError,
  type LiseuseDatabase,
  searchArticles,
} from '@/utils/store';

/** Result list state: `ids` is null while the first answer is loading. */
export interface LibraryResults {
  ids: string[] | null;
  error: string | null;
  /** True while only the first screen of the list is known. */
  partial?: boolean;
  /** The database was saved by a newer Liseuse and is not opened (see NewerDatabaseError). */
  newerDatabase?: boolean;
}

const DEBOUNCE_MS = 60;
/** Rows shown from a short cursor while the full id list (10,000 keys) is read. */
const FIRST_SCREEN = 40;

/** Runs the search whenever query, filters, order or `version` (bumped after writes) change. */
export function useLibraryResults(
  db: LiseuseDatabase,
  query: string,
  filters: ArticleFilters,
  sort: ArticleSort | null,
  version: number,
): LibraryResults {
  const [results, setResults] = useState<LibraryResults>({ ids: null, error: null });
  const filterKey = JSON.stringify(filters);
  const listKey = useRef('');
  useEffect(() => {
    let current = true;
    const parsed = JSON.parse(filterKey) as ArticleFilters;
    // Another view or order: the old list must not stand for it while the new one loads.
    const key = `${filterKey} ${sort}`;
    if (listKey.current !== key) {
      listKey.current = key;
      setResults({ ids: null, error: null });
    }
    if (!query) {
      firstScreenIds(db, parsed, sort ?? 'newest', FIRST_SCREEN).then(
        (ids) => {
          if (current && ids) setResults((r) => (r.ids === null ? { ids, error: null, partial: true } : r));
        },
        () => undefined, // The full search below reports the error.
      );
    }
    const timer = setTimeout(
      () => {
        searchArticles(db, query, parsed, sort ?? undefined).then(
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
  }, [db, query, filterKey, sort, version]);
  return results;
}
