/**
 * The library page: search and filters over a virtualised list, and the offline reader in the same
 * page. Slots let the import/export panel and the all-highlights view plug in.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import { type LiseuseDatabase, listSites, listTags, warmSearchIndex } from '@/utils/store';
import { ArticleList } from './ArticleList';
import { LazyReader, preloadReader } from './LazyReader';
import { LibraryToolbar } from './LibraryToolbar';
import { UndoToast } from './UndoToast';
import { useLibraryActions } from './use-library-actions';
import { useLibraryLocation } from './use-library-location';
import { useLibraryResults } from './use-library-results';

interface Props {
  db: LiseuseDatabase;
  /** Import/export panel (components/library/ImportExport.tsx), given a callback that refreshes the list. */
  importExport?: (refresh: () => void) => ComponentChildren;
  /** All-highlights view (highlights engineer). */
  highlights?: ComponentChildren;
}

function useFacets(db: LiseuseDatabase, version: number) {
  const [facets, setFacets] = useState<{ tags: string[]; sites: string[] }>({ tags: [], sites: [] });
  useEffect(() => {
    // After the first screen: the filters' choices are not needed to paint the list.
    const later = setTimeout(() => {
      void Promise.all([listTags(db), listSites(db)]).then(([tags, sites]) => setFacets({ tags, sites }));
    }, 100);
    return () => clearTimeout(later);
  }, [db, version]);
  return facets;
}

/** The whole library page. */
export function LibraryApp({ db, importExport, highlights }: Props) {
  const [state, setState] = useLibraryLocation();
  const actions = useLibraryActions(db);
  const { version, refresh } = actions;
  const results = useLibraryResults(db, state.query, state.filters, version);
  const facets = useFacets(db, version);
  useEffect(() => {
    // Load the search index while the reader looks at the list, not on the first keystroke.
    const idle = setTimeout(() => {
      void warmSearchIndex(db).catch(() => undefined);
      preloadReader();
    }, 300);
    return () => clearTimeout(idle);
  }, [db]);
  useEffect(() => {
    addEventListener('focus', refresh);
    return () => removeEventListener('focus', refresh);
  }, [refresh]);

  const open = (id: string) => setState({ ...state, articleId: id }, true);
  const back = () => {
    setState({ ...state, articleId: null }, true);
    refresh();
  };
  const reading = state.articleId;
  return (
    <div class="library">
      <header class="library-header" hidden={reading !== null}>
        <h1>{t('libraryTitle')}</h1>
        <LibraryToolbar
          query={state.query}
          filters={state.filters}
          tags={facets.tags}
          sites={facets.sites}
          onQuery={(query) => setState({ ...state, query })}
          onFilters={(filters) => setState({ ...state, filters })}
        />
        <p class="library-count" aria-live="polite">
          {results.ids === null || results.partial
            ? t('libraryLoading')
            : t('libraryCount', String(results.ids.length))}
        </p>
        {results.newerDatabase ? (
          <p class="library-notice" data-testid="library-newer-database" role="alert">
            {t('libraryNewerDatabase')}
          </p>
        ) : results.error ? (
          <p class="library-notice">{t('libraryError', results.error)}</p>
        ) : null}
      </header>
      <main class="library-main">
        <section class="library-results" hidden={reading !== null}>
          {results.ids?.length === 0 ? (
            <p class="library-message">
              {state.query || Object.keys(state.filters).length ? t('libraryNoResults') : t('libraryEmpty')}
            </p>
          ) : (
            <ArticleList db={db} ids={results.ids ?? []} version={version} onOpen={open} />
          )}
        </section>
        {reading ? (
          <LazyReader
            db={db}
            id={reading}
            version={version}
            onBack={back}
            onPatch={actions.patch}
            onDelete={(id) => actions.remove(id, back)}
          />
        ) : null}
        {reading === null && (importExport || highlights) ? (
          <aside class="library-side">
            {importExport?.(refresh)}
            {highlights}
          </aside>
        ) : null}
      </main>
      <UndoToast toast={actions.toast} onDone={actions.clearToast} />
    </div>
  );
}
