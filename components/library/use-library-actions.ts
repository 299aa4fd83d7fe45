/**
 * Writes from the library page: patches, delete with undo, and the same for several articles at once
 * (use-bulk-actions), with storage errors turned into a clear message. `version` is bumped after
 * each write so lists and the reader re-read.
 */
import { useCallback, useState } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import {
  type ArticlePatch,
  deleteArticle,
  type LiseuseDatabase,
  restoreArticle,
  StorageQuotaError,
  updateArticle,
} from '@/utils/store';
import type { Toast } from './UndoToast';
import { type BulkActions, useBulkActions } from './use-bulk-actions';

/** Library write actions and the state they drive. */
export interface LibraryActions extends BulkActions {
  version: number;
  toast: Toast | null;
  clearToast: () => void;
  /** Re-reads lists (e.g. after quiet progress writes or a write from another page). */
  refresh: () => void;
  patch: (id: string, patch: ArticlePatch, quiet?: boolean) => void;
  remove: (id: string, after?: () => void) => void;
}

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
  const bulk = useBulkActions(db, { bump, fail, setToast });
  const clearToast = useCallback(() => setToast(null), []);
  return { version, toast, clearToast, refresh: bump, patch, remove, ...bulk };
}
