/**
 * The search worker's protocol, driven in this thread: a load and a merge answered with the snapshot
 * packed for transfer, unpacked to the same index; search stays right either way.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { saveArticle } from '@/utils/store/articles';
import type { LiseuseDatabase } from '@/utils/store/database';
import { EMPTY_SNAPSHOT, mergeSnapshot } from '@/utils/store/search/inverted-index';
import { compactHere, readStoredSnapshot } from '@/utils/store/search-index';
import { serveSearchIndex, type WorkerScope } from '@/utils/store/search-worker';
import { type SearchWorkerReply, unpackSnapshot } from '@/utils/store/search-worker-client';
import { articleWith } from '../../fixtures/db/articles';
import { freshDatabase } from './test-db';

let db: LiseuseDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

function fakeWorker() {
  const replies: { reply: SearchWorkerReply; transfer: Transferable[] }[] = [];
  const scope: WorkerScope = {
    onmessage: null,
    postMessage: (reply, transfer) => replies.push({ reply, transfer }),
  };
  serveSearchIndex(scope);
  const ask = async (op: 'load' | 'compact') => {
    scope.onmessage?.({ data: { id: replies.length + 1, op, name: db.name } } as MessageEvent);
    await expect.poll(() => replies.length, { timeout: 5000 }).toBeGreaterThan(0);
    return replies.pop();
  };
  return { ask };
}

it('merges in the worker and hands the snapshot over, arrays transferred', async () => {
  for (const i of [1, 2, 3]) await saveArticle(db, articleWith(`p${i}`, `Titre ${i}`, `nuage numéro ${i}`));
  const worker = fakeWorker();
  const merged = await worker.ask('compact');
  expect(merged?.reply.ok).toBe(true);
  if (!merged?.reply.ok || !merged.reply.snapshot) throw new Error('no snapshot');
  expect(merged.transfer).toHaveLength(3);
  const snapshot = unpackSnapshot(merged.reply.snapshot);
  expect(snapshot.docs).toHaveLength(3);
  expect(snapshot.vocab).toContain('nuage');
  const loaded = await worker.ask('load');
  if (!loaded?.reply.ok || !loaded.reply.snapshot) throw new Error('no snapshot');
  expect(unpackSnapshot(loaded.reply.snapshot)).toEqual(await readStoredSnapshot(db));
  // Nothing new since: the next merge has nothing to do.
  const idle = await worker.ask('compact');
  expect(idle?.reply).toMatchObject({ ok: true, snapshot: null });
  expect(await compactHere(db)).toBeNull();
});

it('merges in steps to the same snapshot as in one go', async () => {
  for (const i of [1, 2, 3, 4]) await saveArticle(db, articleWith(`q${i}`, `T ${i}`, `mot ${i} commun`));
  const rows = await db.search.toArray();
  const direct = mergeSnapshot(EMPTY_SNAPSHOT, rows, new Set(), 9);
  const stepped = await compactHere(db);
  expect(stepped?.vocab).toEqual(direct.vocab);
  expect([...(stepped?.postings ?? [])].sort()).toEqual([...direct.postings].sort());
});
