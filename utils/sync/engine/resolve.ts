/**
 * Brings one document up to date with the leaves the server showed: keep, take theirs, or merge, then
 * apply to the library. When the item changed here meanwhile, or an image's article has not arrived,
 * the leaves wait in the document's inbox for the next run (nothing is lost, the checkpoint can move on).
 */
import { getSyncDoc, putSyncDocs, syncDocsOf, syncDocsWaiting } from '@/utils/store';
import { docIdFor, POLICIES, type SyncKind } from '@/utils/sync/adapter';
import { shadowOf } from '@/utils/sync/merge';
import { type Applied, applyVersion } from './apply';
import { type Candidate, decide } from './decide';
import { currentLocal } from './local-docs';
import { mergeLeaves } from './merge-leaves';
import {
  bounded,
  type DocState,
  KNOWN_LIMIT,
  type Leaf,
  newState,
  REVS_LIMIT,
  type SyncContext,
} from './types';

const kindOf = (leaves: Leaf[]) => leaves.find((l) => l.record)?.record?.k as SyncKind | undefined;

async function park(ctx: SyncContext, base: DocState, leaves: Leaf[], applied: Applied): Promise<void> {
  const inbox = leaves;
  let local = base.local;
  const article = leaves.find((l) => l.record)?.record?.f.articleUrl?.v;
  if (applied === 'parked' && typeof article === 'string')
    local = `parked:${await docIdFor(ctx.keys.mac, 'article', article)}`;
  await putSyncDocs(ctx.db, [{ ...base, local, inbox, waiting: 1 }]);
}

async function addCopies(
  ctx: SyncContext,
  copies: { docId: string; rev: string; record: DocState['shadow'] }[],
) {
  for (const copy of copies) {
    if (!copy.record || (await getSyncDoc(ctx.db, copy.docId))) continue;
    const state: DocState = {
      ...newState(copy.docId, '', 'annotation'),
      rev: copy.rev,
      revs: [copy.rev],
      shadow: shadowOf(copy.record, POLICIES.annotation),
      push: 1,
    };
    await applyVersion(ctx, state, copy.record);
    ctx.report.conflicts++;
  }
}

async function merge(
  ctx: SyncContext,
  base: DocState,
  kind: SyncKind,
  remote: Leaf[],
  includeLocal: boolean,
) {
  const candidates: Candidate[] = remote.flatMap((l) =>
    l.record ? [{ rev: l.rev, path: l.path, record: l.record, bytes: l.bytes, local: false }] : [],
  );
  if (includeLocal) {
    const local = await currentLocal(ctx, base);
    if (local === 'changed') return 'busy' as const;
    if (local && base.rev) candidates.push({ rev: base.rev, path: base.revs, ...local, local: true });
  }
  const merged = await mergeLeaves(ctx, kind, candidates);
  const next: DocState = {
    ...base,
    rev: merged.rev,
    revs: merged.revs,
    shadow: shadowOf(merged.record, POLICIES[kind]),
    deleted: false,
    push: 1,
    tombs: [...base.tombs, ...merged.tombs],
  };
  const applied = await applyVersion(ctx, next, merged.record, merged.bytes);
  if (applied === 'done') await addCopies(ctx, merged.copies);
  return applied;
}

/** Resolves one document against `leaves` (undefined state: never seen here). */
export async function resolveDoc(
  ctx: SyncContext,
  docId: string,
  state: DocState | undefined,
  leaves: Leaf[],
) {
  const decision = decide(state, leaves);
  const kind = (state?.kind as SyncKind | undefined) ?? kindOf(leaves);
  if (!kind || (!state && decision.kind === 'keep')) return;
  const seenDeleted = decision.fresh.filter((l) => l.deleted).map((l) => l.rev);
  const base: DocState = {
    ...(state ?? newState(docId, '', kind)),
    known: bounded([...(state?.known ?? []), ...seenDeleted], KNOWN_LIMIT),
    inbox: null,
    waiting: 0,
  };
  let applied: Applied = 'done';
  if (decision.kind === 'keep') await putSyncDocs(ctx.db, [base]);
  else if (decision.kind === 'merge')
    applied = await merge(ctx, base, kind, decision.remote, decision.includeLocal);
  else {
    const { leaf } = decision;
    const shadow = leaf.record ? shadowOf(leaf.record, POLICIES[kind]) : null;
    const next: DocState = {
      ...base,
      rev: leaf.rev,
      revs: leaf.path.slice(0, REVS_LIMIT),
      shadow,
      deleted: leaf.deleted,
      push: base.tombs.length ? 1 : 0,
    };
    applied = await applyVersion(ctx, next, leaf.record, leaf.bytes);
    // The other version of a note, made by the device that resolved the conflict: say so here too.
    if (applied === 'done' && !state?.rev && leaf.record?.f.conflictOf) ctx.report.conflicts++;
  }
  if (applied !== 'done') return park(ctx, state ?? base, leaves, applied);
  ctx.report.pulled++;
  if (kind === 'article') await resolveParked(ctx, docId);
}

/** Retries the images waiting for article `articleDocId`. */
async function resolveParked(ctx: SyncContext, articleDocId: string): Promise<void> {
  for (const state of (await syncDocsOf(ctx.db, `parked:${articleDocId}`)) as DocState[])
    await resolveDoc(ctx, state.docId, state, []);
}

/** Retries every document whose leaves wait (after this run's commit, so local edits merge). */
export async function resolveWaiting(ctx: SyncContext): Promise<void> {
  const waiting = (await syncDocsWaiting(ctx.db, 1000)) as DocState[];
  for (const state of waiting) await resolveDoc(ctx, state.docId, state, []);
}
