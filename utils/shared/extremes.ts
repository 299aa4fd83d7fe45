// The least and greatest of many numbers. Math.min(...values) passes every value as an argument, which
// overflows the call stack past about a hundred thousand (a long page's blocks or mentions of one name).

/** The least of `values`, as Math.min gives it (Infinity when there are none, NaN when one is NaN). */
export function least(values: Iterable<number>): number {
  let out = Number.POSITIVE_INFINITY;
  for (const v of values) out = Math.min(out, v);
  return out;
}

/** The greatest of `values`, as Math.max gives it (-Infinity when there are none, NaN when one is NaN). */
export function greatest(values: Iterable<number>): number {
  let out = Number.NEGATIVE_INFINITY;
  for (const v of values) out = Math.max(out, v);
  return out;
}
