/**
 * The library page: views (Inbox, Favourites, Archive, All) over a virtualised list with search,
 * order, filters and multi-select; the offline reader in the same page; all highlights and the
 * settings (import, export, options) as views of their own, loaded on demand through slots.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LIST_VIEWS, type LibraryState, type LibraryView, viewFilters } from '@/utils/library/library-state';
import { t } from '@/utils/shared/i18n';
import { type LiseuseDatabase, listSites, listTags } from '@/utils/store';
import { LazyReader } from './LazyReader';
import { ListBody, ListHeader, type ListProps } from './LibraryList';
import { LibraryNav } from './LibraryNav';
import { LibraryToolbar } from './LibraryToolbar';
import { UndoToast } from './UndoToast';
import { useLibraryActions } from './use-library-actions';
import { useLibraryLocation } from './use-library-location';
import { useLibraryPage } from './use-library-page';
import { useLibraryResults } from './use-library-results';
import { useSelection } from './use-selection';

interface Props {
  db: LiseuseDatabase;
  /** The settings view (import, export, options), given a callback that refreshes the list. */
  settings?: (refresh: () => void) => ComponentChildren;
  /** The all-highlights view. */
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

const isListView = (view: LibraryView) => (LIST_VIEWS as readonly string[]).includes(view);

/** The header of a list view: search, order and filters, then the count and bulk actions. */
function ListControls(p: ListProps & { setState: (next: LibraryState) => void }) {
  const { state, setState } = p;
  const facets = useFacets(p.db, p.actions.version);
  return (
    <>
      <LibraryToolbar
        query={state.query}
        filters={state.filters}
        sort={state.sort}
        tags={facets.tags}
        sites={facets.sites}
        onQuery={(query) => setState({ ...state, query })}
        onFilters={(filters) => setState({ ...state, filters })}
        onSort={(sort) => setState({ ...state, sort })}
      />
      <ListHeader state={state} results={p.results} actions={p.actions} selection={p.selection} />
    </>
  );
}

/** The whole library page. */
export function LibraryApp({ db, settings, highlights }: Props) {
  const [state, setState] = useLibraryLocation();
  const actions = useLibraryActions(db);
  const { version, refresh } = actions;
  const listing = isListView(state.view);
  const results = useLibraryResults(
    db,
    listing ? state.query : '',
    viewFilters(state.view, state.filters),
    state.sort,
    version,
  );
  const selection = useSelection(results.ids ?? []);
  const { clear } = selection;
  useLibraryPage(db, refresh);
  // A selection belongs to the list it was made in.
  useEffect(clear, [state.view, state.query, JSON.stringify(state.filters), clear]);

  const open = (id: string) => setState({ ...state, articleId: id }, true);
  const back = () => {
    setState({ ...state, articleId: null }, true);
    refresh();
  };
  const reading = state.articleId;
  const list: ListProps = { db, state, results, actions, selection, onOpen: open };
  return (
    <div class="library">
      <header class="library-header" hidden={reading !== null}>
        <div class="library-topbar">
          <h1>{t('libraryTitle')}</h1>
          <LibraryNav view={state.view} onView={(view) => setState({ ...state, view, articleId: null })} />
        </div>
        {listing ? <ListControls {...list} setState={setState} /> : null}
        {results.newerDatabase ? (
          <p class="library-notice" data-testid="library-newer-database" role="alert">
            {t('libraryNewerDatabase')}
          </p>
        ) : results.error ? (
          <p class="library-notice">{t('libraryError', results.error)}</p>
        ) : null}
      </header>
      <main class="library-main">
        {listing ? (
          <section class="library-results" hidden={reading !== null} aria-label={t('libraryListLabel')}>
            <ListBody {...list} />
          </section>
        ) : null}
        {reading ? (
          <LazyReader
            db={db}
            id={reading}
            version={version}
            order={listing ? (results.ids ?? []) : []}
            onOpen={(id) => setState({ ...state, articleId: id })}
            onBack={back}
            onRefresh={refresh}
            onPatch={actions.patch}
            onDelete={(id) => actions.remove(id, back)}
          />
        ) : null}
        {reading === null && state.view === 'settings' ? (
          <section class="library-page" data-testid="settings-page" aria-label={t('libraryViewSettings')}>
            {settings?.(refresh)}
          </section>
        ) : null}
        {reading === null && state.view === 'highlights' ? (
          <section class="library-page" aria-label={t('libraryViewHighlights')}>
            {highlights}
          </section>
        ) : null}
      </main>
      <UndoToast toast={actions.toast} onDone={actions.clearToast} />
    </div>
  );
}
