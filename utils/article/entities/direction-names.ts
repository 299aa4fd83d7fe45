import { placeContext } from './context-cues';
import { DIRECTION_WORDS, isDemonymWord, ORG_WORDS, PLACE_WORDS, PLACES } from './gazetteer';
import type { EntityGroup } from './group';

/** Words before a mention that set it somewhere ("en Chine", "in North Carolina", "near Lyon"). */
const PLACE_PREPOSITIONS = new Set(['en', 'a', 'au', 'aux', 'in', 'near', 'vers', 'from']);
// English "a Kim-led faction", "a Smith spokesman": folded, French « à » is the English article.
// "outside Adare": only a place has an outside ("outside the company" takes an article).
const ENGLISH_PLACE_PREPOSITIONS = new Set(['in', 'near', 'from', 'outside']);

/** The words that set a name somewhere in a text of language `lang`. */
export const placePrepositions = (lang: string): ReadonlySet<string> =>
  lang === 'en' ? ENGLISH_PLACE_PREPOSITIONS : PLACE_PREPOSITIONS;

// Parts of the world a direction names ("North Pole", "West Midlands", "Upper East Side", "West Bank").
const AREA_WORDS = new Set(
  'pole poles hemisphere midlands highlands lowlands shore side end bank sea ocean'.split(' '),
);

// French place names join a direction to a name with a hyphen: « Haute-Savoie », « Bas-Rhin », « Grand-Mulet ».
const HYPHENATED_PLACE = /^\p{Lu}\p{Ll}+[-‐‑]\p{Lu}/u;

/**
 * A direction word opening `key` makes a place of it when the rest is a place or a place word ("North Korea",
 * "Northern Ireland", « Sud-Ouest », "West Coast"), when a hyphen joins the two as French place names do, or when
 * the group's mentions read like a place's ("in North Dade"); alone it proves nothing (the union « SUD PTT »).
 * "South Korean": a people's adjective, no place.
 */
export function directionPlace(key: string, g: EntityGroup, lang: string): boolean {
  const ws = key.split(' ');
  const last = ws.at(-1) ?? '';
  if (ws.length < 2 || !DIRECTION_WORDS.has(ws[0] ?? '') || ORG_WORDS.has(last) || isDemonymWord(last))
    return false;
  const rest = ws.slice(1);
  // « Haut-Commissariat aux réfugiés », « Haute Autorité de santé »: a direction before a body's word is a rank.
  if (ORG_WORDS.has(rest[0] ?? '')) return false;
  const placeRest =
    PLACES.has(key) ||
    PLACES.has(rest.join(' ')) ||
    rest.some((w) => PLACE_WORDS.has(w) || AREA_WORDS.has(w)) ||
    rest.every((w) => DIRECTION_WORDS.has(w)) ||
    [...g.surfaces.keys()].some((s) => HYPHENATED_PLACE.test(s));
  const located = placePrepositions(lang);
  return placeRest || g.mentions.some((m) => located.has(m.before[0] ?? '') || placeContext(m));
}
