/** Archive, tag or delete several articles at once, each with an Undo in the toast. */
import { useCallback } from 'preact/hooks';
import { plural } from '@/utils/shared/i18n';
import {
  type ArticlePatch,
  type ArticleStatus,
  type ArticleSummary,
  deleteArticles,
  type LiseuseDatabase,
  restoreArticles,
  updateArticles,
} from '@/utils/store';
import type { Toast } from './UndoToast';

/** What the bulk actions need from the page's action state. */
export interface ActionState {
  bump: () => void;
  fail: (err: unknown) => void;
  setToast: (toast: Toast) => void;
}

/** The bulk actions; each resolves once written (its toast is up). */
export interface BulkActions {
  setStatusOf: (ids: string[], status: ArticleStatus) => Promise<void>;
  tagAll: (ids: string[], tag: string) => Promise<void>;
  removeAll: (ids: string[]) => Promise<void>;
}

/** Undo of a bulk patch: each article gets back the fields it had. */
const putBack = (rows: ArticleSummary[], pick: (row: ArticleSummary) => ArticlePatch) => {
  const before = new Map(rows.map((row) => [row.id, pick(row)]));
  return (row: ArticleSummary) => before.get(row.id) ?? null;
};

/** Bulk actions over `db`, reporting through `state`. */
export function useBulkActions(db: LiseuseDatabase, { bump, fail, setToast }: ActionState): BulkActions {
  /** Runs a write, then offers its undo; a failure becomes a message. */
  const withUndo = useCallback(
    async (write: () => Promise<{ message: string; undo: () => Promise<unknown> }>) => {
      try {
        const { message, undo } = await write();
        bump();
        setToast({ message, undo: () => void undo().then(bump, fail) });
      } catch (err) {
        fail(err);
      }
    },
    [bump, fail, setToast],
  );
  const setStatusOf = useCallback(
    (ids: string[], status: ArticleStatus) =>
      withUndo(async () => {
        const before = await updateArticles(db, ids, (row) => (row.status === status ? null : { status }));
        const undo = putBack(before, (row) => ({ status: row.status }));
        const key = status === 'archived' ? 'libraryArchived' : 'libraryUnarchived';
        return { message: plural(key, before.length), undo: () => updateArticles(db, ids, undo) };
      }),
    [db, withUndo],
  );
  const tagAll = useCallback(
    (ids: string[], tag: string) =>
      withUndo(async () => {
        const before = await updateArticles(db, ids, (row) =>
          row.tags.includes(tag) ? null : { tags: [...row.tags, tag] },
        );
        const undo = putBack(before, (row) => ({ tags: row.tags }));
        return {
          message: plural('libraryTagged', ids.length, tag),
          undo: () => updateArticles(db, ids, undo),
        };
      }),
    [db, withUndo],
  );
  const removeAll = useCallback(
    (ids: string[]) =>
      withUndo(async () => {
        const deleted = await deleteArticles(db, ids);
        return {
          message: plural('libraryDeletedCount', deleted.length),
          undo: () => restoreArticles(db, deleted),
        };
      }),
    [db, withUndo],
  );
  return { setStatusOf, tagAll, removeAll };
}
