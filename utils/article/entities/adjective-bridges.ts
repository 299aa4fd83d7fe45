import { isKnownName } from './gazetteer';
import { joinRepeatedPairs, spanKey } from './repeated-pairs';
import { ADJECTIVE } from './span';
import type { Token } from './tokenize';

type Run = [number, number];

/**
 * « Santé publique France »: French names a body with a capitalised noun, an adjective in lower case and a
 * capitalised name; two one-word runs around such an adjective are one name when the text writes the three words
 * so at least twice (a sentence that happens to set a noun, an adjective and a name side by side does not repeat
 * itself), or once when the gazetteer knows the name.
 */
export function joinAdjectiveBridges(tokens: Token[], runs: Run[]): Run[] {
  const bridged = (i: number): boolean => {
    const [a, b] = runs[i] as Run;
    const next = runs[i + 1];
    const adjective = tokens[b];
    return (
      next !== undefined &&
      b - a === 1 &&
      next[1] - next[0] === 1 &&
      next[0] === b + 1 &&
      adjective !== undefined &&
      !adjective.stop &&
      ADJECTIVE.test(adjective.text) &&
      adjective.sentence === tokens[a]?.sentence &&
      adjective.sentence === tokens[next[0]]?.sentence &&
      adjective.start === (tokens[a]?.start ?? 0) + (tokens[a]?.text.length ?? 0) + 1 &&
      (tokens[next[0]]?.start ?? 0) === adjective.start + adjective.text.length + 1
    );
  };
  return joinRepeatedPairs(runs, bridged, (from, to) => spanKey(tokens, from, to), isKnownName);
}

/** A name with a lower-case adjective inside (« Santé publique France »): a body's name, never a person's. */
export const hasLowerAdjective = (surface: string): boolean =>
  surface
    .split(/\s+/)
    .slice(1)
    .some((w) => ADJECTIVE.test(w));
