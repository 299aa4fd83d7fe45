/**
 * What to do with a document when the server shows new leaf revisions (pure). The device holds one
 * version per document; new leaves either supersede it (take theirs), sit beside it (a conflict:
 * merge every live version), or change nothing. A live version always beats a deletion, as in CouchDB,
 * so an edit made while another device deleted the item keeps it.
 */
import type { SyncRecord } from '@/utils/sync/merge';
import type { DocState, Leaf } from './types';

/** A live version taking part in a merge. */
export interface Candidate {
  rev: string;
  path: string[];
  record: SyncRecord;
  bytes?: Uint8Array<ArrayBuffer>;
  local: boolean;
}

/** The decision. */
export type Decision =
  | { kind: 'keep'; fresh: Leaf[] }
  | { kind: 'take'; leaf: Leaf; fresh: Leaf[] }
  | { kind: 'merge'; remote: Leaf[]; includeLocal: boolean; fresh: Leaf[] };

/** Leaves this device does not know yet. */
export function freshLeaves(state: DocState | undefined, leaves: Leaf[]): Leaf[] {
  const known = new Set([
    ...(state?.revs ?? []),
    ...(state?.known ?? []),
    ...(state?.tombs ?? []).map((t) => t[0]),
  ]);
  return [...new Map(leaves.filter((l) => !known.has(l.rev)).map((l) => [l.rev, l])).values()];
}

/** Decides for `state` (undefined: never seen here) given the server's leaves. */
export function decide(state: DocState | undefined, leaves: Leaf[]): Decision {
  const fresh = freshLeaves(state, leaves);
  const current = state?.rev ?? null;
  const superseded = current !== null && fresh.some((l) => l.path.includes(current));
  const localLive = current !== null && !state?.deleted && !superseded;
  const live = fresh.filter((l) => !l.deleted);
  const count = live.length + (localLive ? 1 : 0);
  if (count >= 2) return { kind: 'merge', remote: live, includeLocal: localLive, fresh };
  const [only] = live;
  if (only) return { kind: 'take', leaf: only, fresh };
  // No live version left: a deletion that follows ours wins; otherwise nothing changes.
  const deletion =
    superseded && !state?.deleted ? fresh.find((l) => l.deleted && l.path.includes(current)) : undefined;
  return deletion ? { kind: 'take', leaf: deletion, fresh } : { kind: 'keep', fresh };
}
