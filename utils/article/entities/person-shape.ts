import {
  CLUB_LAST,
  DIRECTION_WORDS,
  EAST_ASIAN_SURNAMES,
  EVENT_WORDS,
  GIVEN_NAMES,
  HYPHENATED_GIVEN_SURNAMES,
  isDemonymWord,
  isTwoSyllableGivenName,
  MARKET_LAST,
  MEDIA_WORDS,
  NOT_PERSON_WORDS,
  ORG_WORDS,
  ORGANIZATIONS,
  PARTICLE_GIVEN_NAMES,
  PLACE_PREFIXES,
  PLACES,
  PRODUCTS,
} from './gazetteer';
import { COMMON_ACRONYMS, CONNECTORS } from './lexicon';
import { nameKey } from './normalize';
import { closedByThingWord } from './person-evidence';

const words = (key: string): string[] => key.split(' ');
const DECLINED_ADJECTIVE = /^\p{Ll}{2,}(?:isch|lich|sch)(?:e|en|er|es|em)$/u;
const DOUBLED_PARTICIPLE = /^[a-z]{2,}([bdglmnprt])\1ing$/;

// Particles inside surnames: "James Van Der Beek", "Laure de la Raudière", "Ludwig van Beethoven", "Jean-Marie
// Le Pen".
const PARTICLES = new Set([
  'de',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'del',
  'ter',
  'ten',
]);

// "Philippe Van Parijs", "Otto von Habsburg": after a given name, a Germanic particle and a place make a surname of
// origin; a Romance one and a place name a place ("Santiago de Chile") or an event ("Tour de France").
const GERMANIC_PARTICLES = new Set(['van', 'von', 'ter', 'ten']);

/** The last word is a place that, after the particles before it, makes no surname. */
const closedByPlace = (ws: readonly string[]): boolean =>
  PLACES.has(ws.at(-1) ?? '') && !GERMANIC_PARTICLES.has(ws[1] ?? '');

/**
 * The words of a person's name without its surname particles, when a given name opens it ("James Van Der
 * Beek") or a particle does (the surname alone, "Van Der Beek"), and no place closes it ("Tour de France").
 */
function withoutParticles(ws: string[]): string[] {
  // Two words stay as they are ("de Gaulle" is a particle and a surname already).
  if (ws.length < 3) return ws;
  const first = ws[0] ?? '';
  const last = ws.at(-1) ?? '';
  if (!ws.some((w) => PARTICLES.has(w)) || PARTICLES.has(last) || closedByPlace(ws)) return ws;
  if (!GIVEN_NAMES.has(first) && !PARTICLES.has(first) && !givenNameAndParticle(ws) && !germanicSurname(ws))
    return ws;
  const core = ws.filter((w) => !PARTICLES.has(w));
  return PARTICLES.has(first) && core.length === 1 ? [first, ...core] : core;
}

// Germanic particles that open a surname of origin after any given name, known or not.
const SURNAME_OPENERS = new Set(['van', 'von']);

/**
 * "Wout van Aert", "Mathieu van der Poel": a Dutch or German particle after the first word opens a surname though
 * the given name is unknown; a place at either end names a place ("Hoek van Holland").
 */
const germanicSurname = (ws: readonly string[]): boolean =>
  SURNAME_OPENERS.has(ws[1] ?? '') && !PLACES.has(ws[0] ?? '') && !PLACES.has(ws.at(-1) ?? '');

// The lower-case particles a Germanic one runs on with: "van der", "van de", "von der", "van den".
const SECOND_PARTICLES = new Set(['de', 'der', 'den']);

/**
 * "Van de Wouw said…", "Von der Leyen said…": a capitalised Germanic particle opening a sentence before a second,
 * lower-case one opens a surname, though "van" is a common word too (no common word runs on with "de", "der").
 */
export const opensParticleSurname = (
  tokens: readonly { folded: string; text: string }[],
  at: number,
): boolean =>
  SURNAME_OPENERS.has(tokens[at]?.folded ?? '') && SECOND_PARTICLES.has(tokens[at + 1]?.text ?? '');

/**
 * "Hetty van de Wouw won…": a word opening a sentence before a lower-case Germanic particle is the given name the
 * surname of origin follows, known or not.
 */
export const beforeParticleSurname = (tokens: readonly { text: string }[], at: number): boolean =>
  SURNAME_OPENERS.has(tokens[at + 1]?.text ?? '');

/**
 * "Marine Le Pen", "Laure de la Raudière": a given name, a surname particle and a surname. A given name that is also
 * a common word counts here ("Marine", where « Marine nationale » is a body), not before a place.
 */
export function givenNameAndParticle(ws: readonly string[]): boolean {
  const first = ws[0] ?? '';
  const last = ws.at(-1) ?? '';
  return (
    ws.length >= 3 &&
    (GIVEN_NAMES.has(first) || PARTICLE_GIVEN_NAMES.has(first)) &&
    PARTICLES.has(ws[1] ?? '') &&
    !PARTICLES.has(last) &&
    !closedByPlace(ws)
  );
}

/**
 * "María Fernanda Olvera Castañeda": two given names and two surnames, as Spanish and Portuguese write a person's
 * full name.
 */
const twoGivenNames = (ws: readonly string[]): boolean =>
  ws.length === 4 && GIVEN_NAMES.has(ws[0] ?? '') && GIVEN_NAMES.has(ws[1] ?? '');

// French competitions and prizes put their kind first: « Coupe Volpi », « Ligue Europa », « Prix Goncourt ».
const EVENT_HEADS = new Set([
  'coupe',
  'ligue',
  'trophee',
  'championnat',
  'prix',
  'festival',
  'jeux',
  'sommet',
]);

/**
 * Breton writes « c’h » as one letter (« Le Floc’h », « Le Roc’h »): the key cuts it at the apostrophe, leaving a
 * lone "h" that is no initial. The words with « c’h » joined again.
 */
function withBretonCh(ws: string[]): string[] {
  if (!ws.includes('h')) return ws;
  const out: string[] = [];
  for (const w of ws) {
    const prev = out.at(-1);
    if (w === 'h' && prev?.endsWith('c') && prev.length > 1) out[out.length - 1] = `${prev}h`;
    else out.push(w);
  }
  return out;
}

/** A person's full name: person-shaped, and its first word no nationality. */
export function isFullName(key: string): boolean {
  return isPersonShaped(key) && !isDemonymWord(words(key)[0] ?? '');
}

// Generational suffixes after a full name ("Patrick W. Carlineo Jr", "John D. Rockefeller III"): the same
// person's name, one word longer. "II" is left out: "World War II" numbers no son.
const GENERATIONS = new Set(['jr', 'sr', 'iii', 'iv']);

/** The words without a generational suffix closing three words or more. */
const withoutGeneration = (ws: string[]): string[] =>
  ws.length > 2 && GENERATIONS.has(ws.at(-1) ?? '') ? ws.slice(0, -1) : ws;

/** Two or three plain words (four after two given names), none of which says organisation, place, event or product. */
export function isPersonShaped(key: string): boolean {
  // One word is no full name: most keys are answered before any split.
  if (!key.includes(' ')) return false;
  const all = withBretonCh(words(key));
  const particled = givenNameAndParticle(all);
  const ws = withoutGeneration(withoutParticles(all));
  if (ws.length < 2 || (ws.length > 3 && !twoGivenNames(ws)) || /\d/.test(key)) return false;
  const first = ws[0] ?? '';
  const last = ws.at(-1) ?? '';
  // "Claude Goasguen" is a person though Claude is also a product; "Arab Israeli" is two nationalities.
  const brand = (PRODUCTS.has(first) || ORGANIZATIONS.has(first)) && !GIVEN_NAMES.has(first);
  if (PLACES.has(key) || ORGANIZATIONS.has(key) || brand || ws.every(isDemonymWord)) return false;
  if (PLACE_PREFIXES.has(first) || DIRECTION_WORDS.has(first) || EVENT_HEADS.has(first)) return false;
  // A declined German adjective opens names of bodies, never of people: "Deutsche Bahn", "Evangelisches Stift".
  if (DECLINED_ADJECTIVE.test(first) && !GIVEN_NAMES.has(first)) return false;
  // An English participle doubling its consonant opens names of things, never of people: "Rolling Stone",
  // "Running Wild" (romanised given names such as "Xiaoming" or "Jing" double none).
  if (DOUBLED_PARTICIPLE.test(first) && !GIVEN_NAMES.has(first)) return false;
  if (
    EVENT_WORDS.has(last) ||
    NOT_PERSON_WORDS.has(last) ||
    MEDIA_WORDS.has(last) ||
    CLUB_LAST.has(last) ||
    MARKET_LAST.has(last)
  )
    return false;
  // "Batman Arkham VR", "Galaxy S24 Ultra HD": an acronym of a common noun closes a product's name.
  if (COMMON_ACRONYMS.has(last) || closedByThingWord(last)) return false;
  // Initials stand inside a name ("Marsha P. Johnson") or two or more open it ("D. A. Rawley"), not "J. Smith"
  // or "Smith J".
  // A known given name and the surname's initial is a person the press keeps anonymous ("Karim B."); an "s" is a
  // possessive's ("Marian's", key "marian s").
  const initialsOk =
    ws.every((w, i) => w.length > 1 || (i < ws.length - 1 && (i > 0 || ws.length > 2))) ||
    (ws.length === 2 && last.length === 1 && last !== 's' && GIVEN_NAMES.has(first));
  return (
    initialsOk &&
    ws.every(
      // A single letter is an initial here ("D. A. Rawley"), though "d" and "y" also join names.
      (w, i) =>
        (w.length === 1 || !CONNECTORS.has(w) || (i === 0 && PARTICLES.has(w))) &&
        (!ORG_WORDS.has(w) || (i === 0 && particled)),
    )
  );
}

// Surname endings of many languages: Slavic (-ov, -sky, -enko, -vich), Romanian (-escu), Georgian (-shvili),
// Greek (-opoulos), Turkish (-oglu), Nordic (-sson), Spanish patronymics (-ez).
const SURNAME_ENDING =
  /\p{L}{3}(?:ov|ova|ev|eva|sky|ski|ska|skaya|enko|chuk|vich|ovic|evic|escu|shvili|dze|opoulos|oglu|sson|ez)$/u;

/** A person-shaped name whose last word ends like a surname ("Anatoly Gorokhovsky", "Viorel Moldovan"). */
export const hasSurnameEnding = (key: string): boolean =>
  isPersonShaped(key) && SURNAME_ENDING.test(key.split(' ').at(-1) ?? '');

/**
 * "Wang Yi", "Nguyen Van Thieu": a common East Asian surname written first and a given name of one or two words
 * (a Vietnamese middle name such as "Van" is a connector elsewhere), unless the name is a known place or body or
 * a word in it says otherwise (isPersonShaped).
 */
export function surnameFirst(key: string): boolean {
  const ws = words(key);
  if (ws.length > 3 || !EAST_ASIAN_SURNAMES.has(ws[0] ?? '') || PLACES.has(ws.at(-1) ?? '')) return false;
  const middle = ws.length === 3 ? (ws[1] ?? '') : '';
  // "Lin of Taipei", "Kim and Samsung": other connectors join two names.
  if (ORG_WORDS.has(middle) || (CONNECTORS.has(middle) && middle !== 'van')) return false;
  const shape = middle ? `${ws[0]} ${ws[2]}` : key;
  return isPersonShaped(shape) && !PLACES.has(key) && !ORGANIZATIONS.has(key);
}

/**
 * "Kim Jong-un", "Moon Jae-in", "Chiang Kai-shek" as written (`surface`): a surname and a hyphenated given name of
 * two syllables, a person's even when the surname is also an English word.
 */
export function hyphenatedGivenName(surface: string): boolean {
  const [surname = '', given = '', ...rest] = surface.split(' ');
  return (
    rest.length === 0 &&
    /^\p{Lu}\p{Ll}+$/u.test(surname) &&
    isTwoSyllableGivenName(given) &&
    HYPHENATED_GIVEN_SURNAMES.has(surname.toLowerCase())
  );
}

/**
 * « Louis-Pasteur », « Jean-Dauger », « Jean-Baptiste-Daviais »: French joins a given name and a surname with
 * hyphens when it names a street, a building or a prize after a person, and writes the person apart; a given name
 * closing the word makes a compound given name (« Jean-Pierre »).
 */
export function isNamedAfterForm(word: string): boolean {
  const parts = nameKey(word).split(' ');
  const last = parts.at(-1) ?? '';
  return (
    parts.length >= 2 &&
    /^\p{Lu}/u.test(word) &&
    !/\s/.test(word.trim()) &&
    GIVEN_NAMES.has(parts[0] ?? '') &&
    !GIVEN_NAMES.has(last) &&
    last.length > 1
  );
}
