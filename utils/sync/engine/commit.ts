/**
 * Turns outbox entries into revisions: for each changed local item, every document whose content
 * changed gets a new revision (child of the last one, id from a keyed hash of parent and content), and
 * every document the item no longer has gets a tombstone. Nothing is sent here; `push` marks what to send.
 */
import { clearOutboxRows, getSyncDocs, putSyncDocs, readOutbox, syncDocsOf } from '@/utils/store';
import { POLICIES } from '@/utils/sync/adapter';
import { keyedHex } from '@/utils/sync/crypto';
import { canonicalJson, shadowOf } from '@/utils/sync/merge';
import { childRev } from '@/utils/sync/protocol';
import { type LocalDoc, localDocs, recordOf } from './local-docs';
import { type DocState, newState, REVS_LIMIT, type SyncContext } from './types';

/** The tombstone revision that deletes `rev`: the same on every device. */
export async function tombstoneRev(mac: CryptoKey, rev: string): Promise<string> {
  return childRev(rev, await keyedHex(mac, `tomb\n${rev}`));
}

/** A changed item and when it last changed. */
interface Change {
  key: string;
  at: number;
}

async function revised(ctx: SyncContext, doc: LocalDoc, state: DocState | undefined, entry: Change) {
  const base = state ?? newState(doc.docId, entry.key, doc.kind);
  const prev = base.deleted ? null : base.shadow;
  const shadow = shadowOf(recordOf(doc, prev, entry.at), POLICIES[doc.kind]);
  if (prev && canonicalJson(shadow) === canonicalJson(prev))
    return base.local === entry.key ? null : { ...base, local: entry.key };
  const hash = await keyedHex(ctx.keys.mac, `edit\n${base.rev ?? ''}\n${canonicalJson(shadow)}`);
  const rev = childRev(base.rev, hash);
  const revs = [rev, ...base.revs].slice(0, REVS_LIMIT);
  return { ...base, local: entry.key, rev, revs, shadow, deleted: false, push: 1 as const };
}

async function deleted(ctx: SyncContext, state: DocState): Promise<DocState | null> {
  if (state.deleted || !state.rev) return null;
  const rev = await tombstoneRev(ctx.keys.mac, state.rev);
  const revs = [rev, ...state.revs].slice(0, REVS_LIMIT);
  return { ...state, rev, revs, shadow: null, deleted: true, push: 1 };
}

/** Commits one changed item; returns how many documents got a new revision. */
export async function commitChange(ctx: SyncContext, entry: Change): Promise<number> {
  const docs = await localDocs(ctx, entry.key);
  const mine = await syncDocsOf(ctx.db, entry.key);
  // A document may be known under another local item (an article deleted and saved again gets a new id).
  const found = await getSyncDocs(
    ctx.db,
    docs.map((d) => d.docId),
  );
  const states = new Map<string, DocState>(
    [...mine, ...found.filter((s) => s !== undefined)].map((s) => [s.docId, s as DocState]),
  );
  const updates: DocState[] = [];
  for (const doc of docs) {
    const next = await revised(ctx, doc, states.get(doc.docId), entry);
    if (next) updates.push(next);
  }
  const present = new Set(docs.map((d) => d.docId));
  for (const state of mine as DocState[]) {
    const next = present.has(state.docId) ? null : await deleted(ctx, state);
    if (next) updates.push(next);
  }
  await putSyncDocs(ctx.db, updates);
  return updates.length;
}

/**
 * Commits every change in the outbox, oldest rows first, then deletes the rows it read. A change written
 * meanwhile is in a newer row and is committed on the next pass (committing twice changes nothing).
 */
export async function commitAll(ctx: SyncContext, batch = 200): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = await readOutbox(ctx.db, batch, after);
    const latest = new Map<string, number>();
    for (const row of rows)
      for (const key of row.keys) latest.set(key, Math.max(latest.get(key) ?? 0, row.at));
    for (const [key, at] of latest) await commitChange(ctx, { key, at });
    await clearOutboxRows(ctx.db, rows);
    after = rows.at(-1)?.seq ?? after;
    if (rows.length < batch) return;
  }
}
