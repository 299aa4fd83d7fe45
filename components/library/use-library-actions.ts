/**
 * Writes from the library page: patches, delete with undo, and the same for several articles at once
 * (archive, tag, delete), with storage errors turned into a clear message. `version` is bumped after
 * each write so lists and the reader re-read.
 */
import { useCallback, useState } from 'preact/hooks';
import { plural, t } from '@/utils/shared/i18n';
import {
  type ArticlePatch,
  type ArticleStatus,
  type ArticleSummary,
  deleteArticle,
  deleteArticles,
  type LiseuseDatabase,
  restoreArticle,
  restoreArticles,
  StorageQuotaError,
  updateArticle,
  updateArticles,
} from '@/utils/store';
import type { Toast } from './UndoToast';

/** Library write actions and the state they drive. */
export interface LibraryActions {
  version: number;
  toast: Toast | null;
  clearToast: () => void;
  /** Re-reads lists (e.g. after quiet progress writes or a write from another page). */
  refresh: () => void;
  patch: (id: string, patch: ArticlePatch, quiet?: boolean) => void;
  remove: (id: string, after?: () => void) => void;
  setStatusOf: (ids: string[], status: ArticleStatus) => Promise<void>;
  tagAll: (ids: string[], tag: string) => Promise<void>;
  removeAll: (ids: string[]) => Promise<void>;
}

/** Undo of a bulk patch: each article gets back the fields it had. */
const putBack = (rows: ArticleSummary[], pick: (row: ArticleSummary) => ArticlePatch) => {
  const before = new Map(rows.map((row) => [row.id, pick(row)]));
  return (row: ArticleSummary) => before.get(row.id) ?? null;
};

/** Hook owning write actions, the change counter and the toast. */
export function useLibraryActions(db: LiseuseDatabase): LibraryActions {
  const [version, setVersion] = useState(0);
  const [toast, setToast] = useState<Toast | null>(null);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  const fail = useCallback((err: unknown) => {
    const message =
      err instanceof StorageQuotaError ? t('libraryQuotaError') : t('libraryError', String(err));
    setToast({ message });
  }, []);
  const patch = useCallback(
    (id: string, changes: ArticlePatch, quiet = false) => {
      updateArticle(db, id, changes).then(() => quiet || bump(), fail);
    },
    [db, bump, fail],
  );
  const remove = useCallback(
    (id: string, after?: () => void) => {
      deleteArticle(db, id).then((deleted) => {
        bump();
        after?.();
        if (!deleted) return;
        setToast({
          message: t('libraryDeleted'),
          undo: () => void restoreArticle(db, deleted).then(bump, fail),
        });
      }, fail);
    },
    [db, bump, fail],
  );
  const setStatusOf = useCallback(
    async (ids: string[], status: ArticleStatus) => {
      try {
        const before = await updateArticles(db, ids, (row) => (row.status === status ? null : { status }));
        bump();
        const undoPatch = putBack(before, (row) => ({ status: row.status }));
        setToast({
          message: plural(status === 'archived' ? 'libraryArchived' : 'libraryUnarchived', before.length),
          undo: () => void updateArticles(db, ids, undoPatch).then(bump, fail),
        });
      } catch (err) {
        fail(err);
      }
    },
    [db, bump, fail],
  );
  const tagAll = useCallback(
    async (ids: string[], tag: string) => {
      try {
        const before = await updateArticles(db, ids, (row) =>
          row.tags.includes(tag) ? null : { tags: [...row.tags, tag] },
        );
        bump();
        const undoPatch = putBack(before, (row) => ({ tags: row.tags }));
        setToast({
          message: plural('libraryTagged', ids.length, tag),
          undo: () => void updateArticles(db, ids, undoPatch).then(bump, fail),
        });
      } catch (err) {
        fail(err);
      }
    },
    [db, bump, fail],
  );
  const removeAll = useCallback(
    async (ids: string[]) => {
      try {
        const deleted = await deleteArticles(db, ids);
        bump();
        setToast({
          message: plural('libraryDeletedCount', deleted.length),
          undo: () => void restoreArticles(db, deleted).then(bump, fail),
        });
      } catch (err) {
        fail(err);
      }
    },
    [db, bump, fail],
  );
  const clearToast = useCallback(() => setToast(null), []);
  return { version, toast, clearToast, refresh: bump, patch, remove, setStatusOf, tagAll, removeAll };
}
