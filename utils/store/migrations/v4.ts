/**
 * v3 → v4: every article gets explicit per-field modification times, all at its `updatedAt` (the
 * only time v3 kept), so merges and sync read one shape. Dexie builds the new indexes itself.
 */
import type { Transaction } from 'dexie';
import { allFieldsAt } from '@/utils/store/merge/field-times';
import type { ArticleSummary } from '@/utils/store/types';

/** Runs inside Dexie's upgrade transaction. */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx
    .table('articles')
    .toCollection()
    .modify((row: ArticleSummary) => {
      row.fieldTimes ??= allFieldsAt(row.updatedAt);
    });
}
