import { GIVEN_NAMES } from './gazetteer';
import { PERSON_TITLES } from './lexicon';
import type { Token } from './tokenize';

// German writes roles as compounds: "Staatspräsident", "Bundeskanzlerin", "NRW-Landwirtschaftsministerin".
const COMPOUND_TITLE =
  /(?:prasident|minister|kanzler|vorsitzender?|chef|sprecher|direktor|trainer|burgermeister|abgeordneter?)(?:in)?$/;

/** A courtesy title or role ("M.", "Dr", "President", "CEO", "Attorney-General", "Bundeskanzlerin"). */
export function isTitle(t: Token | undefined): boolean {
  if (t?.isWord !== true) return false;
  return (
    t.folded.split(/[-‐‑]/).every((w) => PERSON_TITLES.has(w)) ||
    (t.folded.length > 8 && COMPOUND_TITLE.test(t.folded))
  );
}

/** A given name, or a compound one ("Charles-Albert", "Jean-Claude"). */
export function isGivenName(w: string): boolean {
  return GIVEN_NAMES.has(w) || GIVEN_NAMES.has(w.split(/[-‐‑]/)[0] ?? '');
}
