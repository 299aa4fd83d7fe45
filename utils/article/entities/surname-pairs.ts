// "Procter and Gamble", "Marks and Spencer", "Johnson and Johnson": a firm named after its two founders joins their
// surnames with "and". Two one-word names around "and" are one name when the text writes the pair so at least
// twice, never writes either word alone (two people a story follows, "Harris and Walz", are each named alone too)
// and writes a firm's word by one of them ("shares in", "Inc", "said its"). A known given name opening the pair
// makes two people of it ("Ben and Jerry").
import { GIVEN_NAMES, isKnownName } from './gazetteer';
import { joinRepeatedPairs, spanKey } from './repeated-pairs';
import type { Token } from './tokenize';

type Run = [number, number];

// Words a firm's name stands by: its shares, its legal form, the kind of firm, "its" of the firm's own doings.
const FIRM_WORDS = new Set(
  `shares share stock stocks inc plc ltd llc corp co company firm group retailer maker brand giant chain
  conglomerate its`.split(/\s+/),
);
/** How many words either side of the pair may hold the firm's word. */
const FIRM_REACH = 2;

/** Joins two one-word runs around "and" that name one firm (see above). */
export function joinSurnamePairs(tokens: Token[], runs: Run[]): Run[] {
  const oneWord = (r: Run | undefined): boolean => r !== undefined && r[1] - r[0] === 1;
  const paired = (i: number): boolean => {
    const [a, b] = runs[i] as Run;
    const next = runs[i + 1];
    return (
      oneWord(runs[i]) &&
      oneWord(next) &&
      (next as Run)[0] === b + 1 &&
      tokens[b]?.text === 'and' &&
      tokens[a]?.sentence === tokens[b + 1]?.sentence
    );
  };
  // Words written as one-word names, and how often inside such a pair.
  const alone = new Map<string, number>();
  const inPairs = new Map<string, number>();
  for (let i = 0; i < runs.length; i++) {
    const [a, b] = runs[i] as Run;
    if (b - a !== 1) continue;
    const w = tokens[a]?.folded ?? '';
    alone.set(w, (alone.get(w) ?? 0) + 1);
    if (paired(i) || (i > 0 && paired(i - 1))) inPairs.set(w, (inPairs.get(w) ?? 0) + 1);
  }
  if (inPairs.size === 0) return runs;
  const neverAlone = (w: string): boolean => (alone.get(w) ?? 0) === (inPairs.get(w) ?? 0);
  const firmBy = (a: number, b: number): boolean => {
    for (let k = a - FIRM_REACH; k < b + FIRM_REACH; k++) {
      if ((k < a || k >= b) && FIRM_WORDS.has(tokens[k]?.folded ?? '')) return true;
    }
    return false;
  };
  // Pairs, by their words, the text writes by a firm's word once at least.
  const firms = new Set<string>();
  for (let i = 0; i + 1 < runs.length; i++) {
    if (paired(i) && firmBy((runs[i] as Run)[0], (runs[i + 1] as Run)[1]))
      firms.add(spanKey(tokens, (runs[i] as Run)[0], (runs[i + 1] as Run)[1]));
  }
  const bridged = (i: number): boolean => {
    if (!paired(i)) return false;
    const first = tokens[(runs[i] as Run)[0]]?.folded ?? '';
    const second = tokens[(runs[i + 1] as Run)[0]]?.folded ?? '';
    return (
      firms.has(spanKey(tokens, (runs[i] as Run)[0], (runs[i + 1] as Run)[1])) &&
      !GIVEN_NAMES.has(first) &&
      !isKnownName(first) &&
      !isKnownName(second) &&
      neverAlone(first) &&
      neverAlone(second)
    );
  };
  return joinRepeatedPairs(runs, bridged, (from, to) => spanKey(tokens, from, to));
}
