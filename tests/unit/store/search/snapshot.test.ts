import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT, mergeSnapshot, type SearchSnapshot } from '@/utils/store/search/inverted-index';
import { rowFrequency, snapshotFrequencies } from '@/utils/store/search/match-terms';
import type { SearchRow } from '@/utils/store/types';

const row = (id: string, words: Record<string, number>): SearchRow => {
  const sorted = Object.keys(words).sort();
  return { id, seq: 1, words: sorted, counts: sorted.map((w) => words[w] ?? 1) };
};

/** Article id → frequency for a term, read from the snapshot. */
function lookup(s: SearchSnapshot, token: string, prefix = false): Record<string, number> {
  const tf = snapshotFrequencies(s, { token, prefix });
  const out: Record<string, number> = {};
  s.docs.forEach((id, doc) => {
    if ((tf[doc] ?? 0) > 0) out[id] = tf[doc] as number;
  });
  return out;
}

describe('search snapshot', () => {
  const a = row('a', { nuage: 3, souverain: 1, '~nuage': 1 });
  const b = row('b', { nuageux: 2, temps: 1 });
  const first = mergeSnapshot(EMPTY_SNAPSHOT, [a, b], new Set(), 5);

  it('indexes every row', () => {
    expect(first.seq).toBe(5);
    expect(first.vocab).toEqual([...first.vocab].sort());
    expect(lookup(first, 'nuage')).toEqual({ a: 3 });
    expect(lookup(first, 'nuag', true)).toEqual({ a: 3, b: 2 });
    expect(lookup(first, '~nuag', true)).toEqual({ a: 1 });
    expect(lookup(first, 'absent', true)).toEqual({});
  });

  it('merges rewritten rows, drops deleted ones and keeps the rest', () => {
    const a2 = row('a', { soleil: 1 });
    const c = row('c', { nuage: 1 });
    const next = mergeSnapshot(first, [a2, c], new Set(['b']), 9);
    expect(next.docs.sort()).toEqual(['a', 'c']);
    expect(lookup(next, 'nuage')).toEqual({ c: 1 });
    expect(lookup(next, 'soleil')).toEqual({ a: 1 });
    expect(lookup(next, 'temps')).toEqual({});
    expect(next.vocab).not.toContain('temps');
    expect(next.postings.length).toBe(next.offsets[next.offsets.length - 1]);
  });

  it('agrees with matching rows directly', () => {
    for (const [token, prefix] of [
      ['nuag', true],
      ['temps', false],
      ['~nu', true],
    ] as const) {
      const direct: Record<string, number> = {};
      for (const r of [a, b]) {
        const f = rowFrequency(
          r,
          { token: token.replace('~', ''), prefix },
          token.startsWith('~') ? '~' : '',
        );
        if (f > 0) direct[r.id] = f;
      }
      expect(lookup(first, token, prefix)).toEqual(direct);
    }
  });
});
