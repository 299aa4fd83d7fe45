/**
 * The page's side of the search worker (entrypoints/search-worker.ts, which runs search-worker.ts):
 * one dedicated worker per page, started on first use, asked to load or merge the snapshot of a
 * database by name. Where no worker can be started (the service worker, tests) every call answers
 * `undefined` at once and the caller does the work itself.
 */
import type { SearchSnapshot } from '@/utils/store/search/inverted-index';

/** What the worker is asked. */
export type SearchWorkerOp = 'load' | 'compact';

/** A request to the worker. */
export interface SearchWorkerRequest {
  id: number;
  op: SearchWorkerOp;
  name: string;
}

/**
 * A snapshot as it crosses from the worker: its typed arrays transferred, its vocabulary as one string
 * (one string is cloned far faster than tens of thousands; tokens never hold a newline).
 */
export type PackedSnapshot = Omit<SearchSnapshot, 'vocab'> & { vocab: string };

/** Its answer: the snapshot (null: nothing was merged), or why it failed. */
export type SearchWorkerReply =
  | { id: number; ok: true; snapshot: PackedSnapshot | null }
  | { id: number; ok: false; error: string };

/** Packs a snapshot for postMessage. */
export function packSnapshot(s: SearchSnapshot): PackedSnapshot {
  return { ...s, vocab: s.vocab.join('\n') };
}

/** Unpacks a snapshot received from the worker. */
export function unpackSnapshot(s: PackedSnapshot): SearchSnapshot {
  return { ...s, vocab: s.vocab ? s.vocab.split('\n') : [] };
}

/** Path of the worker script in the built extension. */
export const SEARCH_WORKER_FILE = '/search-worker.js';

/** A worker that does not answer within this long is given up (the caller then works itself). */
const TIMEOUT_MS = 120_000;

interface Runtime {
  getURL(path: string): string;
}

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (reply: SearchWorkerReply | null) => void>();

function start(): Worker | null {
  const g = globalThis as { chrome?: { runtime?: Runtime }; browser?: { runtime?: Runtime } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (typeof Worker !== 'function' || typeof runtime?.getURL !== 'function') return null;
  try {
    const w = new Worker(runtime.getURL(SEARCH_WORKER_FILE));
    w.onmessage = (e: MessageEvent<SearchWorkerReply>) => waiting.get(e.data.id)?.(e.data);
    // A worker that cannot start: every pending and later call falls back to this thread.
    w.onerror = () => {
      worker = null;
      for (const resolve of waiting.values()) resolve(null);
    };
    return w;
  } catch {
    return null;
  }
}

/**
 * Asks the worker to load or merge `name`'s snapshot. Resolves to the snapshot (null: nothing
 * merged), or undefined when there is no worker or it failed (do it here then).
 */
export function offThread(op: SearchWorkerOp, name: string): Promise<SearchSnapshot | null | undefined> {
  if (worker === undefined) worker = start();
  const w = worker;
  if (!w) return Promise.resolve(undefined);
  const id = ++nextId;
  return new Promise((resolve) => {
    const timer = setTimeout(() => settle(null), TIMEOUT_MS);
    const settle = (reply: SearchWorkerReply | null) => {
      clearTimeout(timer);
      waiting.delete(id);
      if (!reply?.ok) resolve(undefined);
      else resolve(reply.snapshot ? unpackSnapshot(reply.snapshot) : null);
    };
    waiting.set(id, settle);
    w.postMessage({ id, op, name } satisfies SearchWorkerRequest);
  });
}
