// « l’université du Québec à Montréal », « l’Institut de technologie de Savoie à Annecy »: a school's or a museum's
// name may close on the town it stands in, after « à ». Joined only when a body's head opens the name and the text
// writes the whole name at least twice: « la mairie de Lyon à Paris » or a school named once before where
// something happens keeps « à » as the place's preposition.
import { joinRepeatedPairs, spanKey } from './repeated-pairs';
import type { Token } from './tokenize';

type Run = [number, number];

// Heads of bodies whose names take their town after « à », folded.
const HEADS = new Set('universite institut ecole lycee college musee conservatoire observatoire'.split(' '));
const OF = new Set(['de', 'du', 'des']);

/** A body's head opens the run (« Université du Québec ») or stands before it in lower case (« université du »). */
function headed(tokens: Token[], a: number): boolean {
  if (HEADS.has(tokens[a]?.folded ?? '')) return true;
  return OF.has(tokens[a - 1]?.text ?? '') && HEADS.has(tokens[a - 2]?.folded ?? '');
}

/** Joins a body's name and the town after « à » that closes it (see above). */
export function joinBodyTowns(tokens: Token[], runs: Run[]): Run[] {
  const bridged = (i: number): boolean => {
    const [a, b] = runs[i] as Run;
    const next = runs[i + 1];
    const to = tokens[b];
    return (
      next !== undefined &&
      next[0] === b + 1 &&
      to?.text === 'à' &&
      to.sentence === tokens[a]?.sentence &&
      to.sentence === tokens[next[0]]?.sentence &&
      headed(tokens, a)
    );
  };
  return joinRepeatedPairs(runs, bridged, (from, to) => spanKey(tokens, from, to));
}
