// « Paul St-Pierre Plamondon », « Antoine de Saint-Exupéry »: a hyphenated surname is one word of a person's name,
// though its parts, once the hyphen goes, open places' names ("St", "Saint") or make the name too long for one.
import { nameKey } from './normalize';
import { isPersonShaped } from './person-shape';

const HYPHEN = /(\p{L})-(?=\p{L})/gu;

/** The name's key with each hyphenated word kept whole: "St-Pierre Plamondon" gives "stpierre plamondon". */
const wholeWordsKey = (surface: string): string => nameKey(surface.replace(HYPHEN, '$1'));

/** The surfaces of `key` that hyphenate words and go on after a space: "St-Pierre Plamondon", not "Saint-Denis". */
const hyphenatedSurfaces = (key: string, surfaces: readonly string[]): string[] =>
  surfaces.filter((s) => s.includes('-') && s.includes(' ') && nameKey(s) === key);

/**
 * A person's shape once each hyphenated word before the last counts as one ("Paul St-Pierre Plamondon"); the
 * last word stays as read, so that a body's word hyphenated to a name still closes it ("Robert Koch-Institut").
 */
export function personShapedWhole(key: string, surfaces: readonly string[]): boolean {
  if (!key.includes(' ')) return false;
  const last = key.slice(key.lastIndexOf(' '));
  return hyphenatedSurfaces(key, surfaces).some((s) => {
    const whole = wholeWordsKey(s);
    return whole.endsWith(last) && isPersonShaped(whole);
  });
}

// A saint's title hyphenated to a name, then a space: a surname's first word ("St-Pierre Plamondon"), where a
// place would hyphenate all its words (« Saint-Jean-de-Luz »).
const SAINT_SURNAME = /^(?:St|Ste|Saint|Sainte)\.?-\p{Lu}[^ ]* /u;

/** The name opens with a saint's hyphenated surname ("St-Pierre Plamondon"): "St" opens no place's name here. */
export const opensWithSaintSurname = (key: string, surfaces: readonly string[]): boolean =>
  hyphenatedSurfaces(key, surfaces).some((s) => SAINT_SURNAME.test(s));
