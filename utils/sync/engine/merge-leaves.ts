/**
 * Resolves a conflict the way every device will: all live versions merged field by field, the
 * result written as a child of CouchDB's winning revision with an id derived from the merged content
 * (keyed hash), and every other branch closed by a tombstone whose id depends only on the branch. Two
 * devices resolving the same conflict produce the same revisions, so they converge without ping-pong.
 */
import { conflictCopyRecord, docIdFor, POLICIES, type SyncKind } from '@/utils/sync/adapter';
import { keyedHex } from '@/utils/sync/crypto';
import { canonicalJson, mergeRecords, type SyncRecord, sameRecord, shadowOf } from '@/utils/sync/merge';
import { byWinner, childRev } from '@/utils/sync/protocol';
import { tombstoneRev } from './commit';
import type { Candidate } from './decide';
import { REVS_LIMIT, type SyncContext } from './types';

/** The merged version: its record, revision, path, tombstones for the other branches, kept copies. */
export interface Merged {
  record: SyncRecord;
  bytes?: Uint8Array<ArrayBuffer>;
  rev: string;
  revs: string[];
  tombs: string[][];
  copies: { docId: string; rev: string; record: SyncRecord }[];
}

async function copiesOf(
  ctx: SyncContext,
  record: SyncRecord,
  copies: ReturnType<typeof mergeRecords>['copies'],
) {
  const id = record.f.id?.v as string;
  return Promise.all(
    copies.map(async ({ register }) => {
      const hex = await keyedHex(ctx.keys.mac, `copy\n${id}\n${canonicalJson(register)}`);
      const copyId = `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
      const copy = conflictCopyRecord(record, copyId, register);
      const shadow = shadowOf(copy, POLICIES.annotation);
      const rev = childRev(null, await keyedHex(ctx.keys.mac, `edit\n\n${canonicalJson(shadow)}`));
      return { docId: await docIdFor(ctx.keys.mac, 'annotation', copyId), rev, record: copy };
    }),
  );
}

/** Merges the live versions of one document (at least two). */
export async function mergeLeaves(
  ctx: SyncContext,
  kind: SyncKind,
  candidates: Candidate[],
): Promise<Merged> {
  const sorted = [...candidates].sort((a, b) =>
    byWinner({ rev: a.rev, deleted: false }, { rev: b.rev, deleted: false }),
  );
  const [winner, ...losers] = sorted;
  if (!winner) throw new Error('Nothing to merge.');
  const policy = POLICIES[kind];
  // An image is one immutable file: the winning version is taken whole.
  const merged =
    kind === 'image'
      ? { record: winner.record, copies: [] }
      : mergeRecords(
          sorted.map((c) => c.record),
          policy,
        );
  const tombs = await Promise.all(
    losers.map(async (l) => [await tombstoneRev(ctx.keys.mac, l.rev), ...l.path].slice(0, REVS_LIMIT)),
  );
  const base = {
    record: merged.record,
    bytes: winner.bytes,
    tombs,
    copies: await copiesOf(ctx, merged.record, merged.copies),
  };
  if (sameRecord(merged.record, winner.record, policy))
    return { ...base, rev: winner.rev, revs: winner.path };
  const revList = sorted.map((c) => c.rev).join(',');
  const hash = await keyedHex(
    ctx.keys.mac,
    `merge\n${revList}\n${canonicalJson(shadowOf(merged.record, policy))}`,
  );
  const rev = childRev(winner.rev, hash);
  return { ...base, rev, revs: [rev, ...winner.path].slice(0, REVS_LIMIT) };
}
