import { personContext, placeContext } from './context-cues';
import { isDemonymWord, isKnownName, ORG_WORDS, PLACE_WORDS } from './gazetteer';
import type { Mention } from './mention';
import { isPersonShaped } from './person-shape';
import type { UnionFind } from './union-find';

// Prepositions that place things in a town: "in Penrith", « à Bure », « dans Lorient ».
const LOCATIVE = new Set(['in', 'at', 'near', 'a', 'dans', 'en', 'vers']);

/** Keys of several words by their first word. */
function byOpening(keys: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const k of keys) {
    const cut = k.indexOf(' ');
    if (cut > 0) out.set(k.slice(0, cut), [...(out.get(k.slice(0, cut)) ?? []), k]);
  }
  return out;
}

/**
 * « Gukesh Dommaraju », then « Gukesh » five times: a word that opens one name of the text only, a person's of
 * two words that a role or a verb shows is one (« le champion du monde Gukesh Dommaraju »), is how the text calls
 * that person, as a surname would be. Not a known place or body, a kind of place or body, or a nationality
 * (« Paris » is no short name of « Paris Hilton »), nor one the text places things in, nor a word already
 * joined to another name.
 */
export function mergeFirstWordNames(
  keys: readonly string[],
  byKey: ReadonlyMap<string, Mention[]>,
  uf: UnionFind,
  lower: ReadonlyMap<string, number>,
): void {
  const opening = byOpening(keys);
  const sizes = new Map<string, number>();
  for (const k of keys) sizes.set(uf.find(k), (sizes.get(uf.find(k)) ?? 0) + 1);
  for (const [k, longer] of opening) {
    const full = longer[0];
    if (longer.length !== 1 || !full || !byKey.has(k) || full.split(' ').length !== 2) continue;
    if (sizes.get(uf.find(k)) !== 1 || uf.find(k) === uf.find(full)) continue;
    // A word the text writes in lower case too is a common noun ("the pitch radar", then "Radar Color").
    if (
      lower.has(k) ||
      isKnownName(k) ||
      ORG_WORDS.has(k) ||
      PLACE_WORDS.has(k) ||
      isDemonymWord(k) ||
      !isPersonShaped(full)
    )
      continue;
    // "in Penrith" … "says Penrith Lakes": a word the text places things in is a town's name.
    const alone = byKey.get(k) ?? [];
    if (alone.some((m) => placeContext(m) || LOCATIVE.has(m.before[0] ?? ''))) continue;
    // A word only ever opening a line or a sentence may be a heading's ("Radar", then "Radar Color").
    if (alone.every((m) => m.initial)) continue;
    if ((byKey.get(full) ?? []).some((m) => m.personCue || personContext(m))) uf.union(k, full);
  }
}
