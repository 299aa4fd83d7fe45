import { isAcronymLike } from './acronyms';
import {
  DIRECTION_WORDS,
  EAST_ASIAN_SURNAMES,
  GIVEN_NAMES,
  isDemonymWord,
  NUMBERED_ORDINAL,
  ORDINALS,
  PLACES,
} from './gazetteer';
import type { EntityGroup } from './group';
import { CONNECTORS } from './lexicon';

/**
 * The group spells one of its names with initials ("Bus Rapid Transit" … "BRT"): systems, bodies and
 * programmes are shortened so, people seldom are (classify() lets a given name keep the person).
 */
export function abbreviatedName(g: EntityGroup): boolean {
  const acronyms = [...g.surfaces.keys()].filter(isAcronymLike).map((s) => s.toLowerCase());
  if (acronyms.length === 0) return false;
  return [...g.keys].some((k) => {
    const ws = k.split(' ').filter((w) => !CONNECTORS.has(w));
    return ws.length > 1 && acronyms.includes(ws.map((w) => w[0]).join(''));
  });
}

/**
 * Every name of the group is made of words the text also writes in lower case ("Saturated Fat" by "fat",
 * "Data Scientists" by "data" and "scientists"): a capitalised phrase of ordinary words, no person's name.
 * `lower`: folded word → times written in lower case (see TextEvidence).
 */
export function ordinaryWords(g: EntityGroup, lower: ReadonlyMap<string, number>): boolean {
  const multi = [...g.keys].filter((k) => k.includes(' '));
  return (
    multi.length > 0 &&
    multi.every((k) =>
      k
        .split(' ')
        .filter((w) => !CONNECTORS.has(w))
        .every((w) => lower.has(w)),
    )
  );
}

const QUOTES = new Set(['"', '“', '”', '«', '»', '„']);

// What English sets inside a title's quotes with it: its article before, a comma or full stop after ("“The Salt
// Road,” the drama…").
const OPENING_ARTICLES = new Set(['the', 'a', 'an']);
const CLOSING_MARKS = new Set([',', '.', '!', '?']);

const quotedBefore = ([b0 = '', b1 = '']: readonly string[]): boolean =>
  QUOTES.has(b0) || (OPENING_ARTICLES.has(b0) && QUOTES.has(b1));
const quotedAfter = ([a0 = '', a1 = '']: readonly string[]): boolean =>
  QUOTES.has(a0) || (CLOSING_MARKS.has(a0) && QUOTES.has(a1));

/**
 * Every mention stands in quotation marks ("Mary Poppins", « Super Mario Run », “The Salt Road,”): the title of a
 * work, a show or a game, not a person nor a place, though a given name or a place word is in it.
 */
export function alwaysQuoted(g: EntityGroup): boolean {
  return g.mentions.every((m) => quotedBefore(m.before) && quotedAfter(m.after));
}

/**
 * The group's full name, of two words at least, stands in quotation marks at each of its mentions, twice at least
 * ("Britten's "Peter Grimes."", "cries of "Peter Grimes!"", ""Peter Grimes" runs through…"): a work's title, though
 * its character is then named by the surname alone ("Grimes, a fisherman").
 */
export function quotedFullName(g: EntityGroup): boolean {
  const longest = [...g.surfaces.keys()].reduce((a, s) => (s.length > a.length ? s : a), '');
  if (!longest.includes(' ')) return false;
  const ms = g.mentions.filter((m) => m.surface === longest);
  return ms.length > 1 && ms.every((m) => quotedBefore(m.before) && quotedAfter(m.after));
}

/**
 * Every name of the group opens with an ordinal (« Deuxième Concerto », "Second Symphony", "Third Reich", "2nd
 * Battalion"): a work, a regime or a unit counted, no person, though two capitalised words look like one. A
 * given name after it keeps a title's holder ("Premier Wen Jiabao", "First Lady Jill Biden").
 */
export function ranked(g: EntityGroup): boolean {
  return [...g.keys].every((k) => {
    const ws = k.split(' ');
    const rest = ws.slice(1);
    if (rest.some((w) => GIVEN_NAMES.has(w)) || EAST_ASIAN_SURNAMES.has(rest[0] ?? '')) return false;
    return rest.length > 0 && (ORDINALS.has(ws[0] ?? '') || NUMBERED_ORDINAL.test(ws[0] ?? ''));
  });
}

// "Fontaines D.C.", "Washington D.C.": dotted letters close a band's or a town's name, never a person's (a person's
// initials open it: "D. A. Rawley").
const CLOSING_LETTERS = /\s(?:\p{Lu}\.){2,}$/u;

/** Every name of the group is closed by dotted letters (see CLOSING_LETTERS). */
export const closedByLetters = (g: EntityGroup): boolean =>
  [...g.surfaces.keys()].every((s) => CLOSING_LETTERS.test(s));

// "Body Scan 2", "Windows 11": a number closing a name counts a model or an edition, never a person's.
const CLOSING_NUMBER = / \d+$/;

/** One of the group's names is closed by a number (see CLOSING_NUMBER), though the others look like a person's. */
export const closedByNumber = (g: EntityGroup): boolean => [...g.keys].some((k) => CLOSING_NUMBER.test(k));

/**
 * Every name of the group is made of places, directions and peoples' words ("Asia Pacific", "Christian America",
 * "Kent West"): a region or a people, no person, though a role and a comma stand before it. A given name opening
 * the name keeps a person named after a place ("Jordan Henderson"), unless it is a people's word too ("Christian").
 */
export function madeOfPlaces(g: EntityGroup): boolean {
  const keys = [...g.keys];
  return (
    keys.some((k) => k.includes(' ')) &&
    keys.every((k) => {
      const ws = k.split(' ');
      const first = ws[0] ?? '';
      if (GIVEN_NAMES.has(first) && !isDemonymWord(first)) return false;
      return ws.every((w) => PLACES.has(w) || DIRECTION_WORDS.has(w) || isDemonymWord(w));
    })
  );
}
