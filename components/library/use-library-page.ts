/** The library page's background chores: warm the search index and the reader, re-read on focus. */
import { useEffect } from 'preact/hooks';
import { type LiseuseDatabase, warmSearchIndex } from '@/utils/store';
import { preloadReader } from './LazyReader';

/** Runs while the page is open. */
export function useLibraryPage(db: LiseuseDatabase, refresh: () => void): void {
  useEffect(() => {
    // Load the search index while the reader looks at the list, not on the first keystroke.
    const idle = setTimeout(() => {
      void warmSearchIndex(db).catch(() => undefined);
      preloadReader();
    }, 300);
    return () => clearTimeout(idle);
  }, [db]);
  useEffect(() => {
    // Another page (the popup, another tab) may have saved meanwhile.
    addEventListener('focus', refresh);
    return () => removeEventListener('focus', refresh);
  }, [refresh]);
}
