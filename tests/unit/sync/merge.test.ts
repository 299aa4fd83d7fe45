/** Field-wise merge: newer wins per field, sets merge per element, concurrent note edits keep both; order never matters. */
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  type KindPolicy,
  membersOf,
  mergeRecords,
  type SyncRecord,
  sameRecord,
  shadowOf,
  updateRecord,
} from '@/utils/sync/merge';

const policy: KindPolicy = {
  fields: { status: 'lww', progress: 'lww', savedAt: 'min', note: 'keep-both', content: 'lww' },
  sets: ['tags'],
  large: ['content'],
};

const make = (values: Record<string, unknown>, tags: string[], at: number, prev: SyncRecord | null = null) =>
  updateRecord(prev, 'article', policy, values, { tags }, at);

const base = make(
  { status: 'unread', progress: 0, savedAt: 100, note: 'first', content: 'x' },
  ['a', 'b'],
  100,
);

describe('updateRecord', () => {
  it('keeps the time of unchanged fields and stamps changed ones', () => {
    const next = make(
      { status: 'archived', progress: 0, savedAt: 100, note: 'first', content: 'x' },
      ['a'],
      200,
      base,
    );
    expect(next.f.status).toEqual({ v: 'archived', t: 200 });
    expect(next.f.progress).toEqual({ v: 0, t: 100 });
    expect(next.s.tags).toEqual({ a: { on: true, t: 100 }, b: { on: false, t: 200 } });
  });

  it('stamps a changed field with its own time when the row keeps one, never before the value it replaces', () => {
    const values = { status: 'archived', progress: 0.5, savedAt: 100, note: 'first', content: 'x' };
    // status changed at 150 by the row's own times; progress at 90, on a clock behind the last version's.
    const next = updateRecord(base, 'article', policy, values, { tags: ['a', 'b'] }, 200, {
      status: 150,
      progress: 90,
    });
    expect(next.f.status).toEqual({ v: 'archived', t: 150 });
    expect(next.f.progress).toEqual({ v: 0.5, t: 101 });
    expect(next.f.note).toEqual(base.f.note);
  });

  it('compares large fields with the shadow’s digest and records note history', () => {
    const shadow = shadowOf(base, policy);
    expect(shadow.f.content).toEqual({ t: 100, d: expect.any(String) });
    const same = make(
      { status: 'unread', progress: 0, savedAt: 100, note: 'first', content: 'x' },
      ['a', 'b'],
      300,
      shadow,
    );
    expect(same.f.content).toEqual({ v: 'x', t: 100 });
    expect(sameRecord(same, base, policy)).toBe(true);
    const edited = make(
      { status: 'unread', progress: 0, savedAt: 100, note: 'second', content: 'x' },
      ['a', 'b'],
      300,
      shadow,
    );
    expect(edited.f.note?.h).toHaveLength(1);
  });
});

describe('mergeRecords', () => {
  const a = make(
    { status: 'archived', progress: 0.2, savedAt: 100, note: 'first', content: 'x' },
    ['a', 'b', 'mine'],
    300,
    base,
  );
  const b = make(
    { status: 'unread', progress: 0.9, savedAt: 90, note: 'first', content: 'y' },
    ['a', 'theirs'],
    400,
    base,
  );

  it('takes the newer value per field, the first save, and merges tags per element', () => {
    const { record, copies } = mergeRecords([a, b], policy);
    expect(record.f.status?.v).toBe('archived'); // A changed status at 300; B never touched it
    expect(record.f.progress?.v).toBe(0.9);
    expect(record.f.savedAt?.v).toBe(90);
    expect(record.f.content?.v).toBe('y');
    // b removed, mine and theirs added: both additions kept, the removal too.
    expect(membersOf(record, 'tags')).toEqual(['a', 'mine', 'theirs']);
    expect(copies).toEqual([]);
  });

  it('gives the same record whatever the order, and is idempotent', () => {
    const ab = mergeRecords([a, b], policy).record;
    expect(canonicalJson(mergeRecords([b, a], policy).record)).toBe(canonicalJson(ab));
    expect(canonicalJson(mergeRecords([ab, a, b], policy).record)).toBe(canonicalJson(ab));
  });

  it('keeps both versions of a note edited on two devices, and only once', () => {
    const mine = make(
      { status: 'unread', progress: 0, savedAt: 100, note: 'mine', content: 'x' },
      ['a', 'b'],
      500,
      base,
    );
    const theirs = make(
      { status: 'unread', progress: 0, savedAt: 100, note: 'theirs', content: 'x' },
      ['a', 'b'],
      600,
      base,
    );
    const merged = mergeRecords([mine, theirs], policy);
    expect(merged.record.f.note?.v).toBe('theirs');
    expect(merged.copies).toEqual([{ field: 'note', register: { v: 'mine', t: 500 } }]);
    // The merged version knows 'mine' now: meeting a stale copy of it again makes no new copy.
    expect(mergeRecords([merged.record, mine], policy).copies).toEqual([]);
    // An edit that follows the other is not a conflict.
    const later = make(
      { status: 'unread', progress: 0, savedAt: 100, note: 'later', content: 'x' },
      ['a', 'b'],
      700,
      theirs,
    );
    const followed = mergeRecords([later, theirs], policy);
    expect(followed.record.f.note?.v).toBe('later');
    expect(followed.copies).toEqual([]);
  });

  it('breaks exact time ties by value, the same way on every device', () => {
    const x = make({ status: 'archived' }, [], 1000);
    const y = make({ status: 'unread' }, [], 1000);
    expect(mergeRecords([x, y], policy).record.f.status?.v).toBe(
      mergeRecords([y, x], policy).record.f.status?.v,
    );
  });
});
