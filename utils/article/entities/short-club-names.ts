// "Hibs" for "Hibernian", "Cards" for "Arizona Cardinals", « le Standard » for « Standard de Liège »: sports news
// and politics clip a name to its first letters with a plural "s", or a French name to its head before « de »,
// and a reader takes the short name for the full one written on the same page.
import { aliasOf } from './aliases';
import { GIVEN_NAMES, isDemonymWord, ORG_WORDS, ORGANIZATIONS, PLACE_WORDS, PLACES } from './gazetteer';
import type { MergePass } from './merge-pass';
import { isPersonShaped } from './person-shape';

// Fewer letters kept are initials or short words ("Ms", "Les"), which may stand for several names.
const MIN_STEM = 3;
// Fewer letters cut are an ending ("Reds" is no clip of "Redd"), not a clip.
const MIN_CUT = 3;
// The French connectors that follow a name's head: « Standard de Liège », « Racing du Nord ».
const FRENCH_OF = new Set(['de', 'du', 'des', 'd']);

/**
 * A word that may stand for a name of its own: no alias of a known name (« Bleus » is France), place, known body,
 * given name, people or head noun.
 */
const free = (k: string): boolean =>
  aliasOf(k) === undefined &&
  !PLACES.has(k) &&
  !ORGANIZATIONS.has(k) &&
  !GIVEN_NAMES.has(k) &&
  !isDemonymWord(k) &&
  !ORG_WORDS.has(k) &&
  !PLACE_WORDS.has(k);

// What a word's own derivations add to its stem ("Walks" is no clip of "Walking", nor "Friends" of "Friendship").
const DERIVATIONS = new Set('ing ings ed er ers est ness ship ships ment ments ful less ly'.split(' '));

/**
 * "hibs" clips "hibernian": the plural's stem opens the word, which goes on for a few letters more, none of them a
 * derivation of the stem, nor the plural itself ("Emacs" is no clip of "Emacspeak").
 */
function clipsWord(short: string, word: string): boolean {
  // A clip ends on a consonant before its "s" ("Hibs", "Cards"); "Alès" is a name of its own.
  if (!/[^aeiouy]s$/.test(short) || word.startsWith(short)) return false;
  const stem = short.slice(0, -1);
  const rest = word.slice(stem.length);
  return stem.length >= MIN_STEM && rest.length >= MIN_CUT && word.startsWith(stem) && !DERIVATIONS.has(rest);
}

/** `full` is `short` clipped: its first or last word clipped with a plural "s", or its head before « de ». */
export function isShortClubName(short: string, full: string): boolean {
  const ws = full.split(' ');
  // « les Bleus de Paul-Henri Mathieu » is a person's side, not the name « Bleus » clips.
  if (ws.length >= 3 && ws[0] === short && FRENCH_OF.has(ws[1] ?? ''))
    return !isPersonShaped(ws.slice(2).join(' '));
  // A person's name is no club's ("Alexander Payne").
  if (ws.length > 1 && GIVEN_NAMES.has(ws[0] ?? '')) return false;
  return clipsWord(short, ws[0] ?? '') || (ws.length > 1 && clipsWord(short, ws.at(-1) ?? ''));
}

/** Joins a one-word name to the one name of the page it is clipped from (see `isShortClubName`). */
export const mergeShortClubNames: MergePass = (keys, byKey, uf) => {
  // Names compared only with those whose first or last word opens with the same three letters.
  const byOpening = new Map<string, string[]>();
  for (const k of keys) {
    const ws = k.split(' ');
    for (const w of new Set([ws[0] ?? '', ws.at(-1) ?? ''])) {
      const at = w.slice(0, MIN_STEM);
      byOpening.set(at, [...(byOpening.get(at) ?? []), k]);
    }
  }
  for (const short of keys) {
    // An acronym ("DIHS") spells words; it clips none.
    const written = byKey.get(short) ?? [];
    if (short.includes(' ') || !free(short) || !written.some((m) => /\p{Ll}/u.test(m.surface))) continue;
    const near = new Set(byOpening.get(short.slice(0, MIN_STEM)) ?? []);
    const fulls = [...near].filter((f) => f !== short && isShortClubName(short, f));
    const [first] = fulls;
    if (first && fulls.every((f) => uf.find(f) === uf.find(first))) uf.union(short, first);
  }
};
