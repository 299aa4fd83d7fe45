/**
 * Deterministic n-way merge of concurrent versions of one document (pure). The result does not depend
 * on the order of the versions, so every device resolving the same conflict computes the same record.
 */
import { canonicalJson } from './canonical-json';
import type { FieldPolicy, KindPolicy, Member, Register, SyncRecord } from './record';
import { digestOf } from './update-record';

/** A value that lost a concurrent edit of a keep-both field: to be kept as a copy. */
export interface KeptCopy {
  field: string;
  register: Register;
}

/** The merged record, and the losing values of keep-both fields. */
export interface MergeResult {
  record: SyncRecord;
  copies: KeptCopy[];
}

const text = (reg: Register) => canonicalJson(reg.v);

/** Newer first; equal times: the greater value text first. */
function newer(a: Register, b: Register): number {
  if (a.t !== b.t) return b.t - a.t;
  const [ta, tb] = [text(a), text(b)];
  return ta < tb ? 1 : ta > tb ? -1 : 0;
}

function smaller(a: Register, b: Register): number {
  if (typeof a.v === 'number' && typeof b.v === 'number' && a.v !== b.v) return a.v - b.v;
  return newer(b, a);
}

function keepBoth(field: string, regs: Register[]): { register: Register; copies: KeptCopy[] } {
  const distinct = [...new Map(regs.map((r) => [digestOf(r), r])).values()];
  // A value another version replaced is an ancestor of that version, not a concurrent edit.
  const frontier = distinct.filter(
    (r) => !distinct.some((other) => other !== r && (other.h ?? []).includes(digestOf(r))),
  );
  const [winner, ...losers] = frontier.sort(newer);
  if (!winner) throw new Error(`No value for ${field}.`);
  const history = new Set(regs.flatMap((r) => r.h ?? []));
  for (const loser of losers) history.add(digestOf(loser));
  const register: Register = { v: winner.v, t: winner.t };
  if (history.size) register.h = [...history].sort();
  return { register, copies: losers.map((r) => ({ field, register: { v: r.v, t: r.t } })) };
}

function mergeField(field: string, rule: FieldPolicy, regs: Register[]) {
  if (rule === 'keep-both') return keepBoth(field, regs);
  const [best] = [...regs].sort(rule === 'min' ? smaller : newer);
  if (!best) throw new Error(`No value for ${field}.`);
  return { register: best, copies: [] };
}

function mergeSet(sets: Record<string, Member>[]): Record<string, Member> {
  const out: Record<string, Member> = {};
  for (const set of sets) {
    for (const [name, m] of Object.entries(set)) {
      const seen = out[name];
      if (!seen || m.t > seen.t || (m.t === seen.t && m.on && !seen.on)) out[name] = m;
    }
  }
  return out;
}

/** Merges full records (large fields with their values) of one kind; throws on an empty list. */
export function mergeRecords(records: SyncRecord[], policy: KindPolicy): MergeResult {
  const [first] = records;
  if (!first) throw new Error('Nothing to merge.');
  const f: Record<string, Register> = {};
  const copies: KeptCopy[] = [];
  for (const [field, rule] of Object.entries(policy.fields)) {
    const regs = records.flatMap((r) => (r.f[field] ? [r.f[field]] : []));
    if (!regs.length) continue;
    const merged = mergeField(field, rule, regs);
    f[field] = merged.register;
    copies.push(...merged.copies);
  }
  const s: SyncRecord['s'] = {};
  for (const name of policy.sets) s[name] = mergeSet(records.map((r) => r.s[name] ?? {}));
  return { record: { k: first.k, f, s }, copies };
}

/** The members of a set field that are present, sorted. */
export function membersOf(record: SyncRecord, name: string): string[] {
  return Object.entries(record.s[name] ?? {})
    .filter(([, m]) => m.on)
    .map(([n]) => n)
    .sort();
}
