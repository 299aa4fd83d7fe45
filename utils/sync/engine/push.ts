/**
 * Pushing: every document with something to send is sealed from the library's current rows (only if
 * they still are what its revision says), the server is asked which revisions it lacks (`_revs_diff`),
 * and those are stored as they are (`_bulk_docs`, `new_edits: false`), tombstones included.
 */
import { getSyncDocs, putSyncDocs, syncDocsToPush, syncTransaction } from '@/utils/store';
import { type CouchDoc, SyncError } from '@/utils/sync/protocol';
import { sealDoc, tombstoneDoc } from './envelope';
import { currentLocal } from './local-docs';
import { bounded, type DocState, KNOWN_LIMIT, type SyncContext } from './types';

const BATCH_DOCS = 50;
const BATCH_BYTES = 4_000_000;

/** The documents to send for one state; null when the library moved on (the next commit sends it). */
async function docsOf(ctx: SyncContext, state: DocState): Promise<CouchDoc[] | null> {
  const docs = state.tombs.map((path) => tombstoneDoc(state.docId, path));
  if (!state.rev) return docs;
  if (state.deleted) return [tombstoneDoc(state.docId, state.revs), ...docs];
  const local = await currentLocal(ctx, state);
  if (!local) return null;
  if (local === 'changed') return null;
  return [await sealDoc(ctx, state.docId, state.revs, local.record, local.bytes), ...docs];
}

async function send(ctx: SyncContext, docs: CouchDoc[]): Promise<Set<string>> {
  const wanted: Record<string, string[]> = {};
  for (const doc of docs) wanted[doc._id] = [...(wanted[doc._id] ?? []), doc._rev];
  const missing = await ctx.client.revsDiff(wanted);
  const toSend = docs.filter((d) => missing[d._id]?.includes(d._rev));
  const refused = await ctx.client.bulkDocs(toSend);
  ctx.report.pushed += toSend.length - refused.length;
  if (refused.length && refused.length === toSend.length) {
    const [first] = refused;
    throw new SyncError(
      'server',
      `The server refused ${refused.length} document(s): ${first?.reason ?? first?.error}`,
    );
  }
  return new Set(refused.map((r) => r.id));
}

async function markSent(ctx: SyncContext, sent: DocState[], refused: Set<string>) {
  await syncTransaction(ctx.db, async () => {
    const now = await getSyncDocs(
      ctx.db,
      sent.map((s) => s.docId),
    );
    const done = sent.flatMap((s, i) => {
      const cur = now[i] as DocState | undefined;
      if (!cur || refused.has(s.docId) || cur.rev !== s.rev || cur.tombs.length !== s.tombs.length) return [];
      const known = bounded([...cur.known, ...cur.tombs.map((t) => t[0] ?? '')], KNOWN_LIMIT);
      return [{ ...cur, push: 0 as const, tombs: [], known }];
    });
    await putSyncDocs(ctx.db, done);
  });
}

/** Sends everything waiting. */
export async function push(ctx: SyncContext): Promise<void> {
  const ids = await syncDocsToPush(ctx.db);
  let batch: CouchDoc[] = [];
  let states: DocState[] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length) await markSent(ctx, states, await send(ctx, batch));
    [batch, states, bytes] = [[], [], 0];
  };
  for (let i = 0; i < ids.length; i += BATCH_DOCS) {
    const rows = (await getSyncDocs(ctx.db, ids.slice(i, i + BATCH_DOCS))) as (DocState | undefined)[];
    for (const state of rows) {
      const docs = state?.push ? await docsOf(ctx, state) : null;
      if (!state || !docs) continue;
      batch.push(...docs);
      states.push(state);
      bytes += docs.reduce(
        (n, d) => n + String(d.e ?? '').length + String(d._attachments?.b?.data ?? '').length,
        0,
      );
      if (bytes >= BATCH_BYTES || batch.length >= BATCH_DOCS) await flush();
    }
  }
  await flush();
}
