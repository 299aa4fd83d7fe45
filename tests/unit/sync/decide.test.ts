/** Which way a document goes when the server shows new leaves: keep, take theirs, or merge (pure). */
import { describe, expect, it } from 'vitest';
import { decide } from '@/utils/sync/engine/decide';
import { type DocState, type Leaf, newState } from '@/utils/sync/engine/types';

const record = { k: 'article', f: {}, s: {} };
const live = (rev: string, path: string[]): Leaf => ({ rev, path: [rev, ...path], deleted: false, record });
const gone = (rev: string, path: string[]): Leaf => ({
  rev,
  path: [rev, ...path],
  deleted: true,
  record: null,
});
const at = (rev: string, revs: string[], deleted = false): DocState => ({
  ...newState('d', 'article:x', 'article'),
  rev,
  revs: [rev, ...revs],
  shadow: deleted ? null : record,
  deleted,
});

describe('decide', () => {
  it('takes a revision that follows ours, and keeps ours when nothing new is live', () => {
    expect(decide(at('1-a', []), [live('2-b', ['1-a'])]).kind).toBe('take');
    expect(decide(at('2-b', ['1-a']), [live('2-b', ['1-a'])]).kind).toBe('keep');
    expect(decide(undefined, [live('1-a', [])]).kind).toBe('take');
  });

  it('merges a sibling with our live version, and several remote siblings among themselves', () => {
    const sib = decide(at('2-a', ['1-x']), [live('2-b', ['1-x'])]);
    expect(sib).toMatchObject({ kind: 'merge', includeLocal: true });
    expect(decide(undefined, [live('2-a', ['1-x']), live('2-b', ['1-x'])])).toMatchObject({
      kind: 'merge',
      includeLocal: false,
    });
  });

  it('follows a deletion of our version, but an edit made meanwhile wins over a deletion', () => {
    const deleted = decide(at('2-a', ['1-x']), [gone('3-t', ['2-a', '1-x'])]);
    expect(deleted.kind).toBe('take');
    expect(deleted.kind === 'take' && deleted.leaf.deleted).toBe(true);
    // They deleted 1-x while we edited it to 2-a: ours stays, nothing to take.
    expect(decide(at('2-a', ['1-x']), [gone('2-t', ['1-x'])]).kind).toBe('keep');
    // We deleted while they edited: their edit comes back.
    expect(decide(at('2-t', ['1-x'], true), [live('2-b', ['1-x'])]).kind).toBe('take');
  });

  it('never fetches back what it already knows', () => {
    const state = { ...at('2-a', ['1-x']), known: ['2-t'] };
    const decision = decide(state, [gone('2-t', ['1-x']), live('2-a', ['1-x'])]);
    expect(decision).toEqual({ kind: 'keep', fresh: [] });
  });
});
