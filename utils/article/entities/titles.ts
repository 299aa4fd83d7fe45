import { opensCapitalised } from '@/utils/shared/letter-shape';
import {
  GIVEN_NAMES,
  isDemonymWord,
  ORG_WORDS,
  ORGANIZATIONS,
  PARTICLE_GIVEN_NAMES,
  PLACE_WORDS,
  PLACES,
} from './gazetteer';
import { CALENDAR, PERSON_TITLES, PLAYER_POSITIONS } from './lexicon';
import type { Token } from './tokenize';

// German writes roles as compounds: "Staatspräsident", "Bundeskanzlerin", "NRW-Landwirtschaftsministerin".
const COMPOUND_TITLE =
  /(?:prasident|minister|kanzler|vorsitzender?|chef|sprecher|direktor|trainer|burgermeister|abgeordneter?)(?:in)?$/;

// The hyphens of a compound title ("Attorney-General"): most words have none, and need no split.
const HYPHEN = /[-‐‑]/;

/** A courtesy title or role ("M.", "Dr", "President", "CEO", "Attorney-General", "Bundeskanzlerin"). */
export function isTitle(t: Token | undefined): boolean {
  if (t?.isWord !== true) return false;
  return (
    (HYPHEN.test(t.folded)
      ? t.folded.split(HYPHEN).every((w) => PERSON_TITLES.has(w))
      : PERSON_TITLES.has(t.folded)) ||
    (!t.capital && PLAYER_POSITIONS.has(t.folded)) ||
    (t.folded.length > 8 && COMPOUND_TITLE.test(t.folded))
  );
}

/** A given name, or a compound one ("Charles-Albert", "Jean-Claude"). */
export function isGivenName(w: string): boolean {
  return GIVEN_NAMES.has(w) || GIVEN_NAMES.has(w.split(/[-‐‑]/)[0] ?? '');
}

// Months, "Will" and capitalised particles open surnames ("Theresa May", "Filip De Wilde"); "Kim In" and
// "Alfred Is" are a name and the next words.
const SURNAME_STOPS = new Set(
  'may june april august march will de du da di del der den van von le la'.split(' '),
);

const PARTICLES = new Set('de du da di del der den van von le la'.split(' '));

/**
 * A month, "Will" or a particle capitalised right after a given name inside a sentence opens a surname:
 * "Theresa May", "Janet Will", "Filip De Wilde". Marks such tokens as no longer stops, in place.
 */
export function surnamesAfterGivenNames(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    if (
      !SURNAME_STOPS.has(t.folded) ||
      !t.stop ||
      t.initial ||
      !opensCapitalised(t.text) ||
      !/^\p{Lu}/u.test(prev.text)
    )
      continue;
    if (prev.stop || prev.sentence !== t.sentence) continue;
    // "Marine Le Pen": a given name that is also a common word, before a particle and a capitalised surname.
    const surname = tokens[i + 1];
    const particled =
      PARTICLE_GIVEN_NAMES.has(prev.folded) &&
      PARTICLES.has(t.folded) &&
      surname?.sentence === t.sentence &&
      opensCapitalised(surname.text);
    if (isGivenName(prev.folded) || particled) t.stop = false;
  }
}

/**
 * "the 17-year-old Will Jaggard", "runner May Jones": a function word that is a given name too, capitalised
 * inside a sentence after a lower-case word and before a capitalised word that could be a surname, opens a
 * person's name. Marks such tokens as no longer stops, in place. A capitalised word before ("Nations Will Fail",
 * "What Will Happen") is a title's case; a known place, body, people or a kind of body after ("in May Parliament",
 * "by June Labour") is no surname, and a month needs a word before it that names no date (see openedByName).
 */
export function givenNamesBeforeSurnames(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (!t.stop || t.initial || !PARTICLE_GIVEN_NAMES.has(t.folded) || !opensCapitalised(t.text)) continue;
    const prev = tokens[i - 1] as Token;
    const next = tokens[i + 1] as Token;
    if (prev.capital || next.stop || next.sentence !== t.sentence || !opensCapitalised(next.text)) continue;
    if (!isSurnameWord(next.folded) || (CALENDAR.has(t.folded) && !openedByName(prev))) continue;
    t.stop = false;
  }
}

/**
 * A month opens a name only after a word with no number that is no function word ("runner May Jones"): "from
 * January to June Comelf", "the August National Association", "on 2 June Reuters" name a month.
 */
const openedByName = (prev: Token): boolean => prev.isWord && !prev.stop && !/\d/.test(prev.text);

const isSurnameWord = (w: string): boolean =>
  !PLACES.has(w) && !ORGANIZATIONS.has(w) && !ORG_WORDS.has(w) && !PLACE_WORDS.has(w) && !isDemonymWord(w);
