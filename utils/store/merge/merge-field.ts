/**
 * One field of a merge (pure): the newer value wins by modification time; when the times cannot
 * decide (the file has none, or both sides changed at the same moment) a union is taken where the
 * field has one (tags, favourite, archived), and otherwise what is stored is kept.
 */

/** A value as it arrives, with the time it was set (null: the file does not say). */
export interface Stamped<T> {
  value: T;
  time: number | null;
}

/** What merging one field decided. */
export interface FieldMerge<T> {
  value: T;
  time: number;
  /** The stored value changes. */
  changed: boolean;
  /** The incoming value differed and the stored one was kept. */
  keptLocal: boolean;
}

/** How one field compares, unites and tells an empty value. */
export interface FieldRule<T> {
  same(a: T, b: T): boolean;
  /** The union of both sides, when the field has one. */
  union?: (local: T, incoming: T) => T;
  /** A stored value that is only a placeholder, which any incoming value fills. */
  empty?: (value: T) => boolean;
}

/** Merges `incoming` (absent: the import says nothing about the field) into the stored value. */
export function mergeField<T>(
  local: { value: T; time: number },
  incoming: Stamped<T> | undefined,
  rule: FieldRule<T>,
  now: number,
): FieldMerge<T> {
  const keep: FieldMerge<T> = { value: local.value, time: local.time, changed: false, keptLocal: false };
  if (!incoming || rule.same(local.value, incoming.value)) return keep;
  const take: FieldMerge<T> = {
    value: incoming.value,
    time: incoming.time ?? now,
    changed: true,
    keptLocal: false,
  };
  if (rule.empty?.(local.value)) return take;
  if (incoming.time !== null && incoming.time !== local.time)
    return incoming.time > local.time ? take : { ...keep, keptLocal: true };
  const value = rule.union ? rule.union(local.value, incoming.value) : local.value;
  // A union that adds nothing to the stored value kept it over the import's (e.g. a star kept).
  if (rule.same(value, local.value)) return { ...keep, keptLocal: true };
  return { value, time: now, changed: true, keptLocal: false };
}

/** Same members, in any order. */
export const sameSet = (a: string[], b: string[]): boolean =>
  a.length === b.length && new Set([...a, ...b]).size === a.length;

/** Members of both, the stored ones first. */
export const unite = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];
