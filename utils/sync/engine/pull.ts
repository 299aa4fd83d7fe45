/**
 * Pulling, as the replication protocol does it: read `_changes` (all leaf revisions) from the
 * checkpoint, work out which revisions this device lacks (its own revs_diff), fetch them with their
 * history (`_bulk_get`), open and check them, resolve each document, then move the checkpoint.
 */
import { getSyncDocs } from '@/utils/store';
import { isLibraryDocId } from '@/utils/sync/adapter';
import type { ChangeRow } from '@/utils/sync/protocol';
import { type Checkpoint, saveCheckpoint } from './checkpoint';
import { freshLeaves } from './decide';
import { openDoc } from './envelope';
import { resolveDoc } from './resolve';
import type { DocState, Leaf, SyncContext } from './types';

const PAGE = 100;
const FETCH = 50;
const ORDER: Record<string, number> = { article: 0, annotation: 1, image: 2 };

async function fetchLeaves(ctx: SyncContext, refs: { id: string; rev: string }[]) {
  const leaves = new Map<string, Leaf[]>();
  for (let i = 0; i < refs.length; i += FETCH) {
    for (const got of await ctx.client.bulkGet(refs.slice(i, i + FETCH))) {
      if (!got.ok) continue; // compacted away meanwhile: a newer revision is in a later change
      const leaf = await openDoc(ctx, got.doc);
      if (!leaf) {
        ctx.report.rejected++;
        continue;
      }
      leaves.set(got.doc._id, [...(leaves.get(got.doc._id) ?? []), leaf]);
    }
  }
  return leaves;
}

const kindRank = (state: DocState | undefined, leaves: Leaf[]) =>
  ORDER[state?.kind ?? leaves.find((l) => l.record)?.record?.k ?? 'image'] ?? 2;

async function processChanges(ctx: SyncContext, rows: ChangeRow[]): Promise<void> {
  const ids = [...new Set(rows.map((r) => r.id).filter(isLibraryDocId))];
  const states = new Map(
    (await getSyncDocs(ctx.db, ids)).flatMap((s) => (s ? [[s.docId, s as DocState] as const] : [])),
  );
  const refs = rows.flatMap((row) => {
    if (!isLibraryDocId(row.id)) return [];
    const stubs = row.changes.map((c) => ({ rev: c.rev, path: [c.rev], deleted: false, record: null }));
    return freshLeaves(states.get(row.id), stubs).map((l) => ({ id: row.id, rev: l.rev }));
  });
  const fetched = await fetchLeaves(ctx, refs);
  // Articles first, so their images and notes find them.
  const docs = [...fetched].sort(
    ([a, la], [b, lb]) => kindRank(states.get(a), la) - kindRank(states.get(b), lb),
  );
  for (const [id, leaves] of docs) await resolveDoc(ctx, id, states.get(id), leaves);
}

/** Pulls every change since the checkpoint. */
export async function pull(ctx: SyncContext, checkpoint: Checkpoint): Promise<void> {
  for (;;) {
    const page = await ctx.client.changes(checkpoint.since, PAGE);
    await processChanges(ctx, page.results);
    if (page.last_seq !== checkpoint.since) await saveCheckpoint(ctx, checkpoint, page.last_seq);
    if (page.results.length < PAGE) return;
  }
}
