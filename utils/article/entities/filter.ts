import { isAcronymLike } from './acronyms';
import type { TextEvidence } from './evidence';
import {
  DIRECTION_WORDS,
  EVENT_WORDS,
  GIVEN_NAMES,
  GROUPS,
  isDemonymWord,
  MEDIA_WORDS,
  ORG_WORDS,
  ORGANIZATIONS,
  PLACE_WORDS,
  PLACES,
  PRODUCTS,
} from './gazetteer';
import type { EntityGroup } from './group';
import { COMMON_ACRONYMS, FURNITURE, PERSON_TITLES, STOPWORDS } from './lexicon';
import type { Mention } from './mention';
import { foldWord } from './normalize';

/** True when a name's shape alone says it is a name: OWA, Storm-0558, iPhone, États-Unis, Outlook.com. */
export function isShaped(s: string): boolean {
  return isAcronymLike(s) || /\d/.test(s) || /\p{Ll}\p{Lu}|^\p{Ll}|[-]\p{Lu}|\.\p{Ll}{2,}$/u.test(s);
}

/** A known place, organisation, product or group. */
export function isKnown(key: string): boolean {
  return PLACES.has(key) || ORGANIZATIONS.has(key) || PRODUCTS.has(key) || GROUPS.has(key);
}

// Verbs whose subject is a named source: "Interfax said", "Reuters reported", "Airbus a annoncé".
const REPORTING = new Set(
  'said says told reported added announced stated quoted explained declared wrote warned confirmed denied dit explique affirme indique precise ajoute estime annonce declare'.split(
    ' ',
  ),
);

/** A name quoted on its own: « Archizoom », “Storm-0558”. */
const isQuoted = (m: Mention): boolean =>
  /^[«“"]$/.test(m.before[0] ?? '') && /^[»”"]$/.test(m.after[0] ?? '');

// Institutions a reader names by the word alone ("the Senate", "l’Assemblée").
const INSTITUTIONS = new Set([
  'parliament',
  'parlement',
  'senate',
  'senat',
  'congress',
  'assemblee',
  'confederation',
]);

/** One word that is a kind of thing, not a name: "State", "Department", "Times", "Cup", "South", "Image". */
function isGenericWord(key: string): boolean {
  if (INSTITUTIONS.has(key)) return false;
  return (
    ORG_WORDS.has(key) ||
    PLACE_WORDS.has(key) ||
    EVENT_WORDS.has(key) ||
    MEDIA_WORDS.has(key) ||
    DIRECTION_WORDS.has(key) ||
    PERSON_TITLES.has(key) ||
    FURNITURE.has(key)
  );
}

/**
 * "Tunisian", "Américains", "Suisses", "South Korean", "Israeli-Palestinian": a nationality or a people (the
 * key's words are nationality or direction words), not a key entity.
 */
export function isDemonym(key: string): boolean {
  const ws = key.split(' ');
  return ws.some(isDemonymWord) && ws.every((w) => isDemonymWord(w) || DIRECTION_WORDS.has(w));
}

/** Surfaces that are never names: initials alone ("G. P."), prefixed adjectives ("anti-Islamist"), headings. */
function isMalformed(surface: string, ev: TextEvidence): boolean {
  if (/^(?:\p{Lu}\.?\s*)+$/u.test(surface) && /\s/.test(surface) && /\./.test(surface)) return true;
  if (/^\p{Ll}{2,}-/u.test(surface) || /^\d+[A-Z]$/.test(surface)) return true; // "anti-Islamist", "3D", "4K"
  if (COMMON_ACRONYMS.has(foldWord(surface).replace(/\./g, ''))) return true;
  const words = surface.split(/\s+/);
  // A heading in capitals inside the text ("LE FAIT DU JOUR"), or a capitalised common word ("MUSIQUE").
  if (
    !/\p{Ll}/u.test(surface) &&
    words.length > 1 &&
    words.some((w) => /^(?:LE|LA|LES|DU|DES|DE|AUX?|THE|OF|AND|ET)$/.test(w))
  )
    return true;
  if (words.length !== 1 || /\p{Ll}/u.test(surface)) return false;
  // "ON", "THE" in a heading; "MUSIQUE" written in lower case elsewhere.
  const folded = foldWord(surface);
  return STOPWORDS.has(folded) || (surface.length > 3 && (ev.lower.get(folded) ?? 0) > 0);
}

/**
 * Keeps groups with real evidence of being names. A single word seen only at the start of sentences
 * ("Fort heureusement", "Retrieved", "Roughly") needs a known name or a name's shape; a word written in lower
 * case at least as often as capitalised mid-sentence is an ordinary word; nationalities, generic words and
 * caption labels are never names alone.
 */
export function isLikelyName(g: EntityGroup, ev: TextEvidence): boolean {
  const keys = [...g.keys];
  const surfaces = [...g.surfaces.keys()];
  if (keys.some(isKnown)) return true;
  if (surfaces.every((s) => isMalformed(s, ev))) return false;
  // English capitalises nationality adjectives ("Iraqi", "Kurdish"), which readers and NER take as names of
  // peoples; French writes them in lower case, and capitalised they are nouns ("les Suisses").
  if (keys.every((k) => (isDemonym(k) && ev.lang !== 'en') || isGenericWord(k))) return false;
  if (keys.some(isDemonym)) return true;
  // Several words written apart ("Faut-il" and "Vingt-cinq" are one word each).
  const multiword = surfaces.some((s) => /\s/.test(s.trim()));
  if (multiword) return true;
  const shaped = surfaces.filter((s) => !isMalformed(s, ev)).some(isShaped);
  const body = g.mentions.filter((m) => !m.headline);
  const mid = body.filter((m) => !m.initial || m.personCue).length;
  if (mid === 0) return keys.some((k) => GIVEN_NAMES.has(k)) || (shaped && body.length >= 2);
  if (shaped) return true;
  const lowerCount = Math.max(...keys.map((k) => ev.lower.get(k) ?? 0));
  // One capital inside one sentence is thin evidence for an unknown word ("Campagne", "Article"): a second one,
  // an elision ("l’Arcep") or a title ("M. Marchand") is needed.
  const strong =
    body.some((m) => m.elided || m.personCue || REPORTING.has(m.after[0] ?? '') || isQuoted(m)) ||
    keys.some((k) => GIVEN_NAMES.has(k));
  return lowerCount < mid && (mid >= 2 || strong);
}
