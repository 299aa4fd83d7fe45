import type { Token } from './tokenize';

type Run = [number, number];

/** The folded words of tokens `a` to `b` (`b` excluded): the key of a run, or of two joined. */
export const spanKey = (tokens: readonly Token[], a: number, b: number): string =>
  tokens
    .slice(a, b)
    .map((t) => t.folded)
    .join(' ');

/**
 * Joins a run with the next one where `bridges(i)` says the two may be one name and the text writes the joined
 * words (`keyOf(from, to)`) at least twice: a chance neighbourhood of words does not repeat itself. A name
 * `known` (a gazetteer's) needs no second mention.
 */
export function joinRepeatedPairs(
  runs: Run[],
  bridges: (i: number) => boolean,
  keyOf: (from: number, to: number) => string,
  known: (key: string) => boolean = () => false,
): Run[] {
  const joinedKey = (i: number): string => keyOf((runs[i] as Run)[0], (runs[i + 1] as Run)[1]);
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < runs.length; i++) {
    if (!bridges(i)) continue;
    const k = joinedKey(i);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  if (counts.size === 0) return runs;
  const repeated = (k: string): boolean => (counts.get(k) ?? 0) >= 2 || known(k);
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i] as Run;
    if (i + 1 < runs.length && bridges(i) && repeated(joinedKey(i))) {
      out.push([r[0], (runs[i + 1] as Run)[1]]);
      i++;
    } else out.push(r);
  }
  return out;
}
