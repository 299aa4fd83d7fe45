/** A list view's parts: the count line with "select all" and the bulk actions, and the list itself. */
import type { LibraryState } from '@/utils/library/library-state';
import { type MessageKey, plural, t } from '@/utils/shared/i18n';
import type { LiseuseDatabase } from '@/utils/store';
import { ArticleList } from './ArticleList';
import { SelectionBar } from './SelectionBar';
import type { LibraryActions } from './use-library-actions';
import type { LibraryResults } from './use-library-results';
import type { Selection } from './use-selection';

/** What a list view shows and acts on. */
export interface ListProps {
  db: LiseuseDatabase;
  state: LibraryState;
  results: LibraryResults;
  actions: LibraryActions;
  selection: Selection;
  onOpen: (id: string) => void;
}

const EMPTY: Record<string, MessageKey> = {
  inbox: 'libraryEmptyInbox',
  favorites: 'libraryEmptyFavorites',
  archive: 'libraryEmptyArchive',
  all: 'libraryEmpty',
};

/** The count line, "select all", and the bulk actions once rows are selected. */
export function ListHeader({ state, results, actions, selection }: Omit<ListProps, 'db' | 'onOpen'>) {
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

/** The virtualised list, or what an empty view or search says. */
export function ListBody({ db, state, results, actions, selection, onOpen }: ListProps) {
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
