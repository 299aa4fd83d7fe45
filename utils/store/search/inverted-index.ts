/**
 * The search snapshot: an inverted index of every article's search row, as flat typed arrays (one
 * IndexedDB value, loaded once per page). Rows written since the snapshot (the "delta") are merged
 * into a new snapshot from time to time; merging never rereads the unchanged rows, and runs in steps
 * so the page can keep answering between them (pure).
 */
import { runToEnd } from '@/utils/shared/schedule';
import type { SearchRow } from '@/utils/store/types';

/** An inverted index: `vocab[i]`'s postings are `postings[offsets[i]..offsets[i+1]]` (doc numbers). */
export interface SearchSnapshot {
  /** Covers every search row with `seq` ≤ this. */
  seq: number;
  /** Doc number → article id. */
  docs: string[];
  /** Sorted distinct tokens. */
  vocab: string[];
  offsets: Uint32Array;
  postings: Uint32Array;
  /** Term frequency of each posting (capped at 65,535). */
  counts: Uint16Array;
}

/** The snapshot of an empty library. */
export const EMPTY_SNAPSHOT: SearchSnapshot = {
  seq: 0,
  docs: [],
  vocab: [],
  offsets: new Uint32Array(1),
  postings: new Uint32Array(0),
  counts: new Uint16Array(0),
};

type DeltaPostings = Map<string, { docs: number[]; counts: number[] }>;

/** Work between two pauses of a sliced merge: rows inverted, vocabulary tokens merged. */
const ROWS_PER_STEP = 16;
const TOKENS_PER_STEP = 2048;

function* invert(rows: SearchRow[], firstDoc: number, delta: DeltaPostings): Generator<void> {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as SearchRow;
    row.words.forEach((word, j) => {
      const entry = delta.get(word) ?? { docs: [], counts: [] };
      if (entry.docs.length === 0) delta.set(word, entry);
      entry.docs.push(firstDoc + i);
      entry.counts.push(row.counts[j] ?? 1);
    });
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
}

function mergeSorted(a: string[], b: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) out.push(a[i++] as string);
    else if (x === undefined || y < x) out.push(b[j++] as string);
    else {
      out.push(x);
      i++;
      j++;
    }
  }
  return out;
}

function renumber(old: SearchSnapshot, stale: ReadonlySet<string>): { map: Int32Array; docs: string[] } {
  const map = new Int32Array(old.docs.length).fill(-1);
  const docs: string[] = [];
  old.docs.forEach((id, i) => {
    if (!stale.has(id)) map[i] = docs.push(id) - 1;
  });
  return { map, docs };
}

/**
 * The merge as a sequence of steps (pure): it pauses (yields) every few rows and every few thousand
 * tokens, so a caller can give the page back between steps; the new snapshot is the return value.
 * The result is `old` without the articles in `rows` (rewritten) or in `removed` (deleted), plus
 * `rows`; `seq` is the highest sequence it covers.
 */
export function* mergeSnapshotSteps(
  old: SearchSnapshot,
  rows: SearchRow[],
  removed: ReadonlySet<string>,
  seq: number,
): Generator<void, SearchSnapshot> {
  const stale = new Set([...removed, ...rows.map((r) => r.id)]);
  const { map, docs } = renumber(old, stale);
  const delta: DeltaPostings = new Map();
  yield* invert(rows, docs.length, delta);
  // One push per id: spreading 100,000 ids as arguments overflows a worker's stack.
  for (const r of rows) docs.push(r.id);
  const vocab = mergeSorted(old.vocab, [...delta.keys()].sort());
  yield;
  const size = old.postings.length + rows.reduce((n, r) => n + r.words.length, 0);
  const postings = new Uint32Array(size);
  const counts = new Uint16Array(size);
  const kept: string[] = [];
  const offsets = new Uint32Array(vocab.length + 1);
  let n = 0;
  let o = 0;
  for (let v = 0; v < vocab.length; v++) {
    const token = vocab[v] as string;
    const start = n;
    while (o < old.vocab.length && (old.vocab[o] as string) < token) o++;
    if (old.vocab[o] === token) {
      for (let p = old.offsets[o] as number; p < (old.offsets[o + 1] as number); p++) {
        const doc = map[old.postings[p] as number] as number;
        if (doc < 0) continue;
        postings[n] = doc;
        counts[n++] = old.counts[p] as number;
      }
    }
    const added = delta.get(token);
    added?.docs.forEach((doc, k) => {
      postings[n] = doc;
      counts[n++] = Math.min(65_535, added.counts[k] ?? 1);
    });
    if (n > start) offsets[kept.push(token)] = n;
    if (v % TOKENS_PER_STEP === TOKENS_PER_STEP - 1) yield;
  }
  yield;
  return {
    seq,
    docs,
    vocab: kept,
    offsets: offsets.slice(0, kept.length + 1),
    postings: postings.slice(0, n),
    counts: counts.slice(0, n),
  };
}

/** The merge of mergeSnapshotSteps in one go (tests, small libraries). */
export function mergeSnapshot(
  old: SearchSnapshot,
  rows: SearchRow[],
  removed: ReadonlySet<string>,
  seq: number,
): SearchSnapshot {
  return runToEnd(mergeSnapshotSteps(old, rows, removed, seq));
}
