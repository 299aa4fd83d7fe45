// « le Crédit Mutuel de Bretagne », « la Banque Populaire du Nord »: a body of several capitalised words may close
// on the region its branch serves, after « de ». The place cuts the name (« l'hôpital Saint-Louis de Paris », « la
// société Ardent de Lyon » name a place as such) unless the text writes the whole at least twice and never names
// the body alone: then the region is part of the name the text uses, not a place it sets the body in.
import { PLACES } from './gazetteer';
import { nameKey } from './normalize';
import { joinRepeatedPairs, spanKey } from './repeated-pairs';
import { isGivenName } from './titles';
import type { Token } from './tokenize';

type Run = [number, number];

const OF = new Set(['de', 'du', 'des']);

/** Run `i`, two capitalised words or more, then « de » and a known place: a body's name and a region, maybe one. */
function bodyThenPlace(tokens: Token[], runs: Run[], i: number): boolean {
  const [a, b] = runs[i] as Run;
  const next = runs[i + 1];
  const of = tokens[b];
  if (next === undefined || next[0] !== b + 1 || !OF.has(of?.text ?? '') || b - a < 2) return false;
  if (of?.sentence !== tokens[a]?.sentence || of?.sentence !== tokens[next[0]]?.sentence) return false;
  // A person and the place they come from (« Anne Morel de Lyon ») is no body.
  return (
    !isGivenName(tokens[a]?.folded ?? '') &&
    PLACES.has(
      nameKey(
        tokens
          .slice(next[0], next[1])
          .map((t) => t.text)
          .join(' '),
      ),
    )
  );
}

/** Joins a body's name and the region after « de » that the text always writes with it (see above). */
export function joinBodyRegions(tokens: Token[], runs: Run[]): Run[] {
  let heads: Set<string> | null = null;
  for (let i = 0; i + 1 < runs.length; i++) {
    if (!bodyThenPlace(tokens, runs, i)) continue;
    heads ??= new Set();
    heads.add(spanKey(tokens, ...(runs[i] as Run)));
  }
  if (heads === null) return runs;
  // The bodies the text also names alone: no run after them, or one that is no place after « de ».
  const alone = new Set<string>();
  for (let i = 0; i < runs.length; i++) {
    const [a, b] = runs[i] as Run;
    if (b - a < 2 || bodyThenPlace(tokens, runs, i)) continue;
    const k = spanKey(tokens, a, b);
    if (heads.has(k)) alone.add(k);
  }
  return joinRepeatedPairs(
    runs,
    (i) => bodyThenPlace(tokens, runs, i) && !alone.has(spanKey(tokens, ...(runs[i] as Run))),
    (from, to) => spanKey(tokens, from, to),
  );
}
