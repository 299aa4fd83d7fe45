/**
 * Writes a document's new version into the library, in one transaction with its sync state. The
 * write is refused ('busy') when the reader changed the item since the last commit: that edit is
 * committed first on the next run and merged, never overwritten. An image whose article is not here
 * yet is 'parked' until the article arrives.
 */
import {
  articleIdsByUrl,
  deleteAnnotation,
  dropOutboxSince,
  hasPendingChange,
  outboxMark,
  putAnnotation,
  putSyncDocs,
  removeArticleRows,
  syncTransaction,
  writeArticleRows,
  writeImageRows,
} from '@/utils/store';
import { annotationRow, articleRows, imageRow } from '@/utils/sync/adapter';
import type { SyncRecord } from '@/utils/sync/merge';
import type { DocState, SyncContext } from './types';

/** How applying went. */
export type Applied = 'done' | 'busy' | 'parked';

const text = (record: SyncRecord, field: string) => record.f[field]?.v as string;
const localId = (local: string, prefix: string) =>
  local.startsWith(prefix) ? local.slice(prefix.length) : null;

async function pendingKeys(ctx: SyncContext, keys: string[]): Promise<Set<string>> {
  const pending = await Promise.all(keys.map((k) => hasPendingChange(ctx.db, k)));
  return new Set(keys.filter((_, i) => pending[i]));
}

function applyArticle(ctx: SyncContext, next: DocState, record: SyncRecord | null, extra: DocState[]) {
  return syncTransaction(ctx.db, async (): Promise<Applied> => {
    const url = record ? text(record, 'url') : null;
    let id = url
      ? ((await articleIdsByUrl(ctx.db, [url])).get(url) ?? null)
      : localId(next.local, 'article:');
    const pending = id ? await pendingKeys(ctx, [`article:${id}`, `images:${id}`]) : new Set<string>();
    if (pending.has(`article:${id}`)) return 'busy';
    const mark = await outboxMark(ctx.db);
    if (record) {
      id ??= crypto.randomUUID();
      const rows = articleRows(record, id);
      await writeArticleRows(ctx.db, rows.summary, rows.content);
    } else if (id) await removeArticleRows(ctx.db, id);
    // What this write itself put in the outbox (a pending image change was written before the mark: it stays).
    await dropOutboxSince(ctx.db, mark);
    await putSyncDocs(ctx.db, [{ ...next, local: id ? `article:${id}` : next.local }, ...extra]);
    return 'done';
  });
}

function applyAnnotation(ctx: SyncContext, next: DocState, record: SyncRecord | null, extra: DocState[]) {
  return syncTransaction(ctx.db, async (): Promise<Applied> => {
    const id = record ? text(record, 'id') : localId(next.local, 'annotation:');
    if (!id) return 'done';
    const key = `annotation:${id}`;
    if ((await pendingKeys(ctx, [key])).size) return 'busy';
    const mark = await outboxMark(ctx.db);
    if (record) await putAnnotation(ctx.db, annotationRow(record));
    else await deleteAnnotation(ctx.db, id);
    await dropOutboxSince(ctx.db, mark);
    await putSyncDocs(ctx.db, [{ ...next, local: key }, ...extra]);
    return 'done';
  });
}

function applyImage(
  ctx: SyncContext,
  next: DocState,
  record: SyncRecord | null,
  bytes: Uint8Array<ArrayBuffer> | undefined,
) {
  return syncTransaction(ctx.db, async (): Promise<Applied> => {
    // An image's deletion changes nothing here: images go with their article.
    if (!record || !bytes) {
      await putSyncDocs(ctx.db, [next]);
      return 'done';
    }
    const articleUrl = text(record, 'articleUrl');
    const id = (await articleIdsByUrl(ctx.db, [articleUrl])).get(articleUrl);
    if (!id) return 'parked';
    const key = `images:${id}`;
    if ((await pendingKeys(ctx, [key])).size) return 'busy';
    const mark = await outboxMark(ctx.db);
    await writeImageRows(ctx.db, [imageRow(record, id, bytes)]);
    await dropOutboxSince(ctx.db, mark);
    await putSyncDocs(ctx.db, [{ ...next, local: key }]);
    return 'done';
  });
}

/** Applies `record` (null: a deletion) as the document's new local version, with its new state. */
export function applyVersion(
  ctx: SyncContext,
  next: DocState,
  record: SyncRecord | null,
  bytes?: Uint8Array<ArrayBuffer>,
  extra: DocState[] = [],
): Promise<Applied> {
  if (next.kind === 'article') return applyArticle(ctx, next, record, extra);
  if (next.kind === 'annotation') return applyAnnotation(ctx, next, record, extra);
  return applyImage(ctx, next, record, bytes);
}
