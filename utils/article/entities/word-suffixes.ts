/**
 * The keys that end with each shorter run of words: "nations league" → ["concacaf nations league"]. Built once,
 * so finding the longer names a short one ends is a lookup, not a scan of every key for every key.
 */
export function byWordSuffix(
  keys: Iterable<string>,
  strip: (key: string) => string = (k) => k,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of keys) {
    const words = strip(key).split(' ');
    for (let i = 1; i < words.length; i++) {
      const tail = words.slice(i).join(' ');
      const list = out.get(tail);
      if (list) {
        if (list.at(-1) !== key) list.push(key);
      } else out.set(tail, [key]);
    }
  }
  return out;
}
