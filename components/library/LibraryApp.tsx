/**
 * The library page: views (Inbox, Favourites, Archive, All) over a virtualised list with search,
 * order, filters and multi-select; the offline reader in the same page; all highlights and the
 * settings (import, export, options) as views of their own, loaded on demand through slots.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LIST_VIEWS, type LibraryState, type LibraryView, viewFilters } from '@/utils/library/library-state';
import { type MessageKey, plural, t } from '@/utils/shared/i18n';
import { type LiseuseDatabase, listSites, listTags, warmSearchIndex } from '@/utils/store';
import { ArticleList } from './ArticleList';
import { LazyReader, preloadReader } from './LazyReader';
import { LibraryNav } from './LibraryNav';
import { LibraryToolbar } from './LibraryToolbar';
import { SelectionBar } from './SelectionBar';
import { UndoToast } from './UndoToast';
import { type LibraryActions, useLibraryActions } from './use-library-actions';
import { useLibraryLocation } from './use-library-location';
import { type LibraryResults, useLibraryResults } from './use-library-results';
import { type Selection, useSelection } from './use-selection';

interface Props {
  db: LiseuseDatabase;
  /** The settings view (import, export, options), given a callback that refreshes the list. */
  settings?: (refresh: () => void) => ComponentChildren;
  /** The all-highlights view. */
  highlights?: ComponentChildren;
}

const EMPTY: Record<string, MessageKey> = {
  inbox: 'libraryEmptyInbox',
  favorites: 'libraryEmptyFavorites',
  archive: 'libraryEmptyArchive',
  all: 'libraryEmpty',
};

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

interface ListProps {
  db: LiseuseDatabase;
  state: LibraryState;
  results: LibraryResults;
  actions: LibraryActions;
  selection: Selection;
  onOpen: (id: string) => void;
}

/** The count line, "select all", and the bulk actions once rows are selected. */
function ListHeader({ state, results, actions, selection }: Omit<ListProps, 'db' | 'onOpen'>) {
  const ids = results.ids ?? [];
  const chosen = [...selection.selected];
  const all = ids.length > 0 && chosen.length === ids.length;
  const done = (run: Promise<void>) => void run.then(selection.clear);
  return (
    <div class="library-listbar">
      <label class="select-all">
        <input
          type="checkbox"
          data-testid="select-all"
          checked={all}
          disabled={ids.length === 0}
          onChange={() => (all ? selection.clear() : selection.setAll(ids))}
        />{' '}
        {t('librarySelectAll')}
      </label>
      <p class="library-count" aria-live="polite" data-testid="library-count">
        {results.ids === null || results.partial ? t('libraryLoading') : plural('libraryCount', ids.length)}
      </p>
      {chosen.length > 0 ? (
        <SelectionBar
          view={state.view}
          count={chosen.length}
          onArchive={(archived) => done(actions.setStatusOf(chosen, archived ? 'archived' : 'unread'))}
          onTag={(tag) => done(actions.tagAll(chosen, tag))}
          onDelete={() => done(actions.removeAll(chosen))}
          onClear={selection.clear}
        />
      ) : null}
    </div>
  );
}

function ListBody({ db, state, results, actions, selection, onOpen }: ListProps) {
  if (results.ids?.length === 0) {
    const filtered = state.query || Object.keys(state.filters).length;
    return (
      <p class="library-message">
        {filtered ? t('libraryNoResults') : t(EMPTY[state.view] ?? 'libraryEmpty')}
      </p>
    );
  }
  return (
    <ArticleList
      db={db}
      ids={results.ids ?? []}
      version={actions.version}
      selected={selection.selected}
      onOpen={onOpen}
      onToggle={selection.toggle}
    />
  );
}

/** The whole library page. */
export function LibraryApp({ db, settings, highlights }: Props) {
  const [state, setState] = useLibraryLocation();
  const actions = useLibraryActions(db);
  const { version, refresh } = actions;
  const listing = isListView(state.view);
  const filters = viewFilters(state.view, state.filters);
  const results = useLibraryResults(db, listing ? state.query : '', filters, state.sort, version);
  const selection = useSelection(results.ids ?? []);
  const facets = useFacets(db, version);
  const { clear } = selection;
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
  // A selection belongs to the list it was made in.
  useEffect(clear, [state.view, state.query, JSON.stringify(state.filters), clear]);

  const open = (id: string) => setState({ ...state, articleId: id }, true);
  const back = () => {
    setState({ ...state, articleId: null }, true);
    refresh();
  };
  const reading = state.articleId;
  return (
    <div class="library">
      <header class="library-header" hidden={reading !== null}>
        <div class="library-topbar">
          <h1>{t('libraryTitle')}</h1>
          <LibraryNav view={state.view} onView={(view) => setState({ ...state, view, articleId: null })} />
        </div>
        {listing ? (
          <LibraryToolbar
            query={state.query}
            filters={state.filters}
            sort={state.sort}
            tags={facets.tags}
            sites={facets.sites}
            onQuery={(query) => setState({ ...state, query })}
            onFilters={(next) => setState({ ...state, filters: next })}
            onSort={(sort) => setState({ ...state, sort })}
          />
        ) : null}
        {listing ? (
          <ListHeader state={state} results={results} actions={actions} selection={selection} />
        ) : null}
        {results.error ? <p class="library-notice">{t('libraryError', results.error)}</p> : null}
      </header>
      <main class="library-main">
        {listing ? (
          <section class="library-results" hidden={reading !== null} aria-label={t('libraryListLabel')}>
            <ListBody
              db={db}
              state={state}
              results={results}
              actions={actions}
              selection={selection}
              onOpen={open}
            />
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
