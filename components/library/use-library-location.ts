/**
 * Keeps the library state (query, filters, open article) in the page URL: opening an article
 * pushes a history entry (Back returns to the list), typing and filtering replace it.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type LibraryState, readLibraryState, writeLibraryState } from '@/utils/library/library-state';

/** The current state and a setter; `push` adds a history entry. */
export function useLibraryLocation(): [LibraryState, (next: LibraryState, push?: boolean) => void] {
  const [state, setState] = useState(() => readLibraryState(location.search));
  useEffect(() => {
    const onPop = () => setState(readLibraryState(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((next: LibraryState, push = false) => {
    const url = `${location.pathname}${writeLibraryState(next)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    setState(next);
  }, []);
  return [state, update];
}
