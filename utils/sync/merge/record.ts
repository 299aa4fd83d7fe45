/**
 * The generic shape of a synced document's content: per-field registers stamped with the time the
 * field last changed, and sets kept element by element, so two versions merge field by field with no
 * common ancestor needed. Which rule each field follows is the kind's policy.
 */

/** One field's value and when it was set (epoch ms). `d` replaces `v` for large fields in shadows. */
export interface Register {
  v?: unknown;
  /** Digest of `v` (shadow form of large fields: the local state keeps hashes, not a second copy). */
  d?: string;
  t: number;
  /** keep-both fields: digests of the values this one replaced, to tell an edit from a concurrent one. */
  h?: string[];
}

/** One element of a set field: present or removed, and when. */
export interface Member {
  on: boolean;
  t: number;
}

/** A document's content: its kind, its fields, its sets (e.g. tags). */
export interface SyncRecord {
  k: string;
  f: Record<string, Register>;
  s: Record<string, Record<string, Member>>;
}

/**
 * How a field merges: `lww` newer wins (ties: the greater value, so every device agrees); `min` the
 * smallest value wins (first saved); `keep-both` newer wins unless the two were edited concurrently,
 * in which case the other value is handed back to be kept as a copy.
 */
export type FieldPolicy = 'lww' | 'min' | 'keep-both';

/** A kind's fields and rules. Fields not listed are not synced; `large` fields are digested in shadows. */
export interface KindPolicy {
  fields: Record<string, FieldPolicy>;
  sets: readonly string[];
  large?: readonly string[];
}
