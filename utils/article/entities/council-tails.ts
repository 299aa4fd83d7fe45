// "Manchester city council’s housing register", "Kent county council": English papers often write a local
// council's name with its kind in lower case. The place alone, or "Manchester city", is not what the text names.
import { PLACES } from './gazetteer';
import type { Token } from './tokenize';

type Run = [number, number];

const KINDS = new Set(['city', 'county', 'borough', 'district', 'town', 'parish']);

const follows = (t: Token | undefined, before: Token): t is Token =>
  t?.isWord === true &&
  !t.capital &&
  t.sentence === before.sentence &&
  t.start <= before.start + before.text.length + 1;

/** Runs that a lower-case "city council", "county council" (or "council" after a place) right after them completes. */
export function withCouncilTails(tokens: readonly Token[], runs: readonly Run[]): Run[] {
  return runs.map(([a, b]): Run => {
    const last = tokens[b - 1];
    if (!last || last.stop) return [a, b];
    const kind = tokens[b];
    if (!follows(kind, last)) return [a, b];
    // "Leeds council", not "the Labour council": the kind left out, a known place must say it is local ("Manchester
    // city" may already be a run, the club's name).
    if (kind.folded === 'council')
      return PLACES.has(last.folded) || KINDS.has(last.text) ? [a, b + 1] : [a, b];
    const council = tokens[b + 1];
    return KINDS.has(kind.folded) && follows(council, kind) && council.folded === 'council'
      ? [a, b + 2]
      : [a, b];
  });
}
