/**
 * Local edits → a new record: fields whose value did not change keep their register (and its time);
 * changed ones get the time of the local change. The previous record may be a shadow (large fields
 * digested). Also the shadow form itself.
 */
import { canonicalJson } from './canonical-json';
import type { KindPolicy, Member, Register, SyncRecord } from './record';
import { textHash } from './text-hash';

/** Digest of a register's value (its `d` when it is a shadow). */
export function digestOf(reg: Register): string {
  return reg.d ?? textHash(canonicalJson(reg.v));
}

/** A change's time: never before the value it replaces (a clock behind another device's must not lose it). */
const after = (at: number, prev: { t: number } | undefined) => (prev ? Math.max(at, prev.t + 1) : at);

function nextRegister(prev: Register | undefined, value: unknown, at: number, keepBoth: boolean): Register {
  const digest = textHash(canonicalJson(value));
  if (prev && digestOf(prev) === digest)
    return prev.h ? { v: value, t: prev.t, h: prev.h } : { v: value, t: prev.t };
  if (!keepBoth || !prev) return { v: value, t: after(at, prev) };
  const history = [...new Set([...(prev.h ?? []), digestOf(prev)])].sort();
  return { v: value, t: after(at, prev), h: history };
}

function nextSet(prev: Record<string, Member> = {}, members: readonly string[], at: number) {
  const now = new Set(members);
  const out: Record<string, Member> = {};
  for (const [name, member] of Object.entries(prev))
    out[name] = member.on === now.has(name) ? member : { on: now.has(name), t: after(at, member) };
  for (const name of now) out[name] ??= { on: true, t: at };
  return out;
}

/**
 * The record for the current local `values` and `sets`, over `prev` (null for a new document). A changed
 * field is stamped with its own time from `times` when the row keeps one (an article's `fieldTimes`),
 * else with `at`.
 */
export function updateRecord(
  prev: SyncRecord | null,
  kind: string,
  policy: KindPolicy,
  values: Record<string, unknown>,
  sets: Record<string, readonly string[]>,
  at: number,
  times: Readonly<Record<string, number>> = {},
): SyncRecord {
  const f: Record<string, Register> = {};
  for (const [field, rule] of Object.entries(policy.fields)) {
    if (!(field in values)) continue;
    f[field] = nextRegister(prev?.f[field], values[field], times[field] ?? at, rule === 'keep-both');
  }
  const s: SyncRecord['s'] = {};
  for (const name of policy.sets) s[name] = nextSet(prev?.s[name], sets[name] ?? [], times[name] ?? at);
  return { k: kind, f, s };
}

/** The record with its large fields digested: what the local sync state keeps. */
export function shadowOf(record: SyncRecord, policy: KindPolicy): SyncRecord {
  const f: Record<string, Register> = { ...record.f };
  for (const field of policy.large ?? []) {
    const reg = f[field];
    if (reg) f[field] = { t: reg.t, d: digestOf(reg), ...(reg.h ? { h: reg.h } : {}) };
  }
  return { ...record, f };
}

/** True when two records (full or shadow) hold the same values, times and histories. */
export function sameRecord(a: SyncRecord, b: SyncRecord, policy: KindPolicy): boolean {
  return canonicalJson(shadowOf(a, policy)) === canonicalJson(shadowOf(b, policy));
}
