// Binary search over a list sorted ascending: one place for the few hot paths that look up an offset or a word
// among many (a mention's line, a live blog's entry, a search token, a highlight's text node or block).

/** First index in sorted `list` whose value is ≥ `key` (`list.length` when none is). */
export function lowerBound<T extends number | string>(list: ArrayLike<T>, key: T): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as T) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many values of sorted `list` are ≤ `key`. */
export function countAtMost(list: ArrayLike<number>, key: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
