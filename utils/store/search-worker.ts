/**
 * The search worker's side (entrypoints/search-worker.ts): loads and merges search snapshots off the
 * page's main thread, and hands each result over with its arrays transferred (no copy), keeping none.
 */
import { EMPTY_SNAPSHOT, type SearchSnapshot } from '@/utils/store/search/inverted-index';
import { LiseuseDatabase } from './database';
import { compactHere, forgetSnapshot, readStoredSnapshot } from './search-index';
import { packSnapshot, type SearchWorkerReply, type SearchWorkerRequest } from './search-worker-client';

/** The worker's global scope, as far as it is used. */
export interface WorkerScope {
  onmessage: ((event: MessageEvent<SearchWorkerRequest>) => void) | null;
  postMessage(message: SearchWorkerReply, transfer: Transferable[]): void;
}

const buffers = (s: SearchSnapshot | null): Transferable[] =>
  s && s !== EMPTY_SNAPSHOT ? [s.offsets.buffer, s.postings.buffer, s.counts.buffer] : [];

/** Answers requests until the worker is closed; one database connection per name. */
export function serveSearchIndex(scope: WorkerScope): void {
  const dbs = new Map<string, LiseuseDatabase>();
  scope.onmessage = async ({ data }) => {
    const { id, op, name } = data;
    const db = dbs.get(name) ?? new LiseuseDatabase(name);
    dbs.set(name, db);
    try {
      const snapshot = op === 'load' ? await readStoredSnapshot(db) : await compactHere(db);
      // Handed over, not shared: this thread's copy becomes unusable once transferred.
      forgetSnapshot(db);
      scope.postMessage({ id, ok: true, snapshot: snapshot && packSnapshot(snapshot) }, buffers(snapshot));
    } catch (err) {
      scope.postMessage({ id, ok: false, error: String(err) }, []);
    }
  };
}
