import { letterShape } from '@/utils/shared/letter-shape';
import { isAcronymRun } from './acronym-pairs';
import { isAcronymLike } from './acronyms';
import { isChemicalFormula } from './chemical-formulas';
import { isCapitalisedCommonNoun } from './common-nouns';
import { isCountedNoun } from './counted-nouns';
import { opensAsElidedBody } from './elided-bodies';
import { isEventAdjective, namesPluralEvent } from './event-plurals';
import type { TextEvidence } from './evidence';
import {
  DIRECTION_WORDS,
  EVENT_WORDS,
  GIVEN_NAMES,
  isDemonymWord,
  isKnownName,
  MEDIA_WORDS,
  ORDINALS,
  ORG_WORDS,
  ORGANIZATIONS,
  PLACE_WORDS,
  PLACES,
  WORD_PRODUCTS,
} from './gazetteer';
import type { EntityGroup } from './group';
import { isBareLawWord } from './law-names';
import {
  COMMON_ACRONYMS,
  FURNITURE,
  PERSON_TITLES,
  REPORTING_VERBS,
  ROLE_QUALIFIERS,
  STOPWORDS,
} from './lexicon';
import { isQuoted, type Mention } from './mention';
import { isNamedByCue } from './naming-cues';
import { foldWord } from './normalize';
import { isNumberLabel } from './number-labels';
import { isOpenerOnlyName } from './opener-names';
import { isPartyTag } from './party-tags';
import { isPlacePair } from './place-pairs';
import { isProductHere } from './product-context';
import { opensReport } from './reported-openers';
import { isWrittenLower } from './shouted-words';
import { isPrefixedAdjective } from './tokenize';
import { isTownDemonym } from './town-demonyms';
import { isQuantity } from './units';

/**
 * True when a name's shape alone says it is a name: OWA, Storm-0558, iPhone, États-Unis, Outlook.com, and the
 * capital after an elided article inside a hyphenated word (Côtes-d'Armor, Val-d'Oise).
 */
export function isShaped(s: string): boolean {
  return isAcronymLike(s) || /\d/.test(s) || /lU|^l|-U|-l['’]U|\.l{2,}$/.test(letterShape(s));
}

/** Known, and a product named after an ordinary word ("Signal") only where the text speaks of a product. */
export function isKnownHere(key: string, g: EntityGroup, names?: ReadonlySet<string>): boolean {
  if (!isKnownName(key)) return false;
  return !WORD_PRODUCTS.has(key) || isProductHere(key, g, names) || PLACES.has(key) || ORGANIZATIONS.has(key);
}

/** A word opening a quotation that goes on after it. */
const opensQuotation = (m: Mention): boolean =>
  /^[«“"‘']$/.test(m.before[0] ?? '') && !/^[»”"’']$/.test(m.after[0] ?? '');

/**
 * `she said: "Splashdown confirmed."`, `and say, 'Again.'`: a quotation reported after a colon, or one word said
 * whole after a comma (its full stop inside the quotation marks), opens the speaker's sentence.
 */
const opensSpeech = (m: Mention): boolean =>
  m.before[1] === ':' ||
  (m.before[1] === ',' && /^[.!?]$/.test(m.after[0] ?? '') && /^[»”"’']$/.test(m.after[1] ?? ''));

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

// Ordinals and ranks head table rows and headings ("Second", "Third Round", "Premier", "Last"): never a name alone.
const RANKS = new Set(['last', 'dernier', 'derniere']);

// Seasons head headings and sentences ("Winter", "Spring menu"), never a name alone; "Arab Spring" keeps its own.
const SEASONS = new Set('winter spring summer autumn fall hiver printemps ete automne'.split(' '));

// Spans of time close names ("Album of the Year", "Player of the Month"), never a name alone; "Day" is a surname.
const TIME_SPANS = new Set(
  'year years month week decade century annee mois semaine decennie siecle'.split(' '),
);

// Kinds of people head sections and results ("Women's singles", "Men's 100 metres"), never a name alone;
// "Women's World Cup" keeps its own.
const PEOPLE_KINDS = new Set('women men ladies girls boys juniors femmes hommes dames'.split(' '));
// Headings of results pages ("Standings:", "Scorers:", "Attendance: 300"), never a name alone.
const RESULT_HEADINGS = new Set(
  'standings results fixtures scorers attendance lineups teams table classement resultats buteurs'.split(' '),
);

// « l’État » is the French government, but « les Etats », « plusieurs États » are countries in general: never one
// name alone ("États-Unis" keeps its own).
const PLURAL_STATES = new Set(['etats']);

// A market alone (« à la Bourse suisse », « la Bourse de Zurich » read short) is the stock market in general; its
// full name keeps it ("Paris Bourse"). Not "Exchange", Microsoft's product.
const MARKETS = new Set(['bourse', 'borse']);

// Tiers of a subscription or an offer (« l’offre Premium », "the Basic plan"): the plan's kind, never a name alone.
const TIERS = new Set('premium basic essential essentials essentiel essentielle deluxe'.split(' '));

// The deity of idioms and quotations ("thank God", "the boss is not God", « mon Dieu »): no subject of an article.
const DEITIES = new Set(['god', 'dieu']);

/** One word that is a kind of thing, not a name: "State", "Department", "Times", "Cup", "South", "Image". */
export function isGenericWord(key: string): boolean {
  if (INSTITUTIONS.has(key)) return false;
  return (
    ORDINALS.has(key) ||
    RANKS.has(key) ||
    SEASONS.has(key) ||
    TIME_SPANS.has(key) ||
    PEOPLE_KINDS.has(key) ||
    PLURAL_STATES.has(key) ||
    RESULT_HEADINGS.has(key) ||
    MARKETS.has(key) ||
    TIERS.has(key) ||
    DEITIES.has(key) ||
    ORG_WORDS.has(key) ||
    PLACE_WORDS.has(key) ||
    EVENT_WORDS.has(key) ||
    MEDIA_WORDS.has(key) ||
    DIRECTION_WORDS.has(key) ||
    PERSON_TITLES.has(key) ||
    FURNITURE.has(key) ||
    isEventAdjective(key)
  );
}

/**
 * A role without its holder: "Foreign Minister", "British Prime [Minister]", "High Commissioner": a title closes it,
 * the words before qualify it.
 */
function isRole(key: string): boolean {
  const ws = key.split(' ');
  const last = ws.at(-1) ?? '';
  if (ws.length >= 2 && PRESS_ROLES.has(last)) return ws.slice(0, -1).every((w) => PRESS_DESKS.has(w));
  // A title written out ("Minister", not "Sen" in "Hun Sen" nor "Lady" in "Iron Lady").
  if (ws.length < 2 || last.length < 5 || !PERSON_TITLES.has(last)) return false;
  return ws.slice(0, -1).every((w) => ROLE_QUALIFIERS.has(w) || PERSON_TITLES.has(w) || isDemonymWord(w));
}

// A journalist's role and desk, as a byline writes it ("Owen Prescott, Legal Correspondent", "Political Editor").
const PRESS_ROLES = new Set(['correspondent', 'editor', 'reporter', 'columnist']);
const PRESS_DESKS = new Set(
  `legal political business economics economy health science technology tech sports sport arts culture foreign
  home diplomatic security environment education chief senior deputy special investigations crime transport`.split(
    /\s+/,
  ),
);

/**
 * "Tunisian", "Américains", "Suisses", "South Korean", "Israeli-Palestinian": a nationality or a people (the
 * key's words are nationality or direction words), not a key entity.
 */
export function isDemonym(key: string): boolean {
  // One word (most keys): its own verdict, with no split.
  if (!key.includes(' ')) return isDemonymWord(key);
  const ws = key.split(' ');
  return ws.some(isDemonymWord) && ws.every((w) => isDemonymWord(w) || DIRECTION_WORDS.has(w));
}

/** Surfaces that are never names: initials alone ("G. P."), prefixed adjectives ("anti-Islamist"), headings. */
// A word in capitals behind a prefix of one or two capitals and a hyphen: "E-DRIVE", "PM-KISAN", "K-POP".
const CODED_WORD = /^\p{Lu}{1,2}-\p{Lu}{2,}$/u;

function isMalformed(surface: string, ev: TextEvidence): boolean {
  // Most surfaces have a lower-case letter: the tests of capitals alone cannot hold for them.
  if (/\p{Ll}/u.test(surface)) return isMalformedCased(surface);
  // Initials alone, with or without full stops ("G. P.", "O N" from a scanned page).
  if (/^U\.?(?:\s+U\.?)+$/.test(letterShape(surface))) return true;
  if (isPrefixedAdjective(surface) || /^\d+[A-Z]$|^\d-D$/.test(surface)) return true; // "anti-Islamist", "3D", "3-D", "4K", not "4-H"
  // A reporting period ("FY26", "FY2025", "Q2", "H1"), not a model's number: a model is named with its brand.
  if (/^(?:FY\d{2}(?:\d{2})?|Q[1-4]|H[12])$/.test(surface)) return true;
  if (isQuantity(surface) || isNumberLabel(surface) || isPartyTag(surface) || isCommonAcronym(surface))
    return true;
  const words = surface.split(/\s+/);
  // Words with letters: a model number is not a word of a heading ("S&P 500", "F1 2024").
  const lettered = words.filter((w) => /\p{L}/u.test(w)).length;
  if (lettered > 1) {
    // A heading in capitals inside the text ("LE FAIT DU JOUR"), or a capitalised common word ("MUSIQUE").
    if (
      words.some((w) =>
        /^(?:LE|LA|LES|DU|DES|DE|AUX?|EN|POUR|SUR|PAR|DANS|AVEC|THE|OF|AND|ET|IN|FOR|AT|ON|TO|WITH|BY|FROM)$/.test(
          w,
        ),
      )
    )
      return true;
    // Several words in capitals, never written otherwise, not a known name: a heading or a label ("FARM NOTES",
    // "PRESS DIGEST"), unless a given name opens it (a credit: "CHRISTIAN GALLEY") or a word has a scheme's or a
    // product's short hyphenated prefix ("PM E-DRIVE", "PM-KISAN"), which no heading's word has.
    return (
      !GIVEN_NAMES.has(foldWord(words[0] ?? '')) &&
      !words.some((w) => CODED_WORD.test(w)) &&
      !isAcronymRun(words, ev.lower)
    );
  }
  if (words.length !== 1) return false;
  // "ON", "THE" in a heading; "MUSIQUE" written in lower case elsewhere.
  const folded = foldWord(surface);
  return STOPWORDS.has(folded) || (surface.length > 3 && isWrittenLower(folded, ev.lower));
}

/** `isMalformed` of a surface with a lower-case letter. */
function isMalformedCased(surface: string): boolean {
  if (isPrefixedAdjective(surface)) return true; // "anti-Islamist"
  // A quantity with its unit ("512GB", "5GiB", "2.4GHz", "5000mAh"), not a model's number.
  if (isQuantity(surface) || isNumberLabel(surface) || isPartyTag(surface) || isCommonAcronym(surface))
    return true;
  // A scanning slip: capitals, lower case, capitals again ("BSSÊBSaBBSÊ"), or capitals and one lower-case letter
  // that is no plural ("SGt"; "CEOs" is one).
  if (/\s/.test(surface)) return false;
  const shape = letterShape(surface);
  return /U{2,}l+U/.test(shape) || (/^U{2,}l$/.test(shape) && !surface.endsWith('s'));
}

/** "SUV", and its plural written with a lower-case s ("CEOs", "PCs"); dots and hyphens aside ("Wi-Fi", "M.2"). */
function isCommonAcronym(surface: string): boolean {
  const acronym = foldWord(surface).replace(/[.-]/g, '');
  return (
    COMMON_ACRONYMS.has(acronym) || (/\p{Lu}s$/u.test(surface) && COMMON_ACRONYMS.has(acronym.slice(0, -1)))
  );
}

/**
 * A word starting in lower case with a capital inside ("aCted", "weM", "thU"): a scanning or typing slip far
 * more often than a brand, unless it has a brand's shape ("iPhone", "eBay", "macOS").
 */
function isOddlyCased(s: string): boolean {
  return (
    /^\p{Ll}/u.test(s) &&
    /\p{Lu}/u.test(s) &&
    !/^[ie]\p{Lu}\p{Ll}|OS$|^\p{Ll}{1,2}[’']\p{Lu}|^\p{Ll}{2,3}-\p{Lu}/u.test(s)
  );
}

// Prepositions and conjunctions before a place or a name: "the island of Spitzbergen", "le territoire de
// Cressier", "Gaspard et Melchior"; not determiners ("sa Campagne", "the Government").
const PREPOSITIONS = new Set(
  `of in at from near into across with by for over against and or de des du a en pres vers avec par pour sur contre
  et ou`.split(/\s+/),
);

/**
 * A word capitalised once right after a preposition, a conjunction or another lower-case word that is no determiner
 * ("the island of Spitzbergen", "the 225-share Nikkei index"), and written capitalised
 * again elsewhere, at a sentence start or in a headline: twice the same capital is a name's. A capital after a
 * determiner ("sa Campagne"), a comma or a semicolon ("Therefore, Resolved", "; Whereas") or in a label
 * ("Penalties:") proves nothing.
 */
function seenAgain(g: EntityGroup, body: Mention[]): boolean {
  const inside = body.filter(
    (m) => !m.initial && (PREPOSITIONS.has(m.before[0] ?? '') || afterContentWord(m)),
  );
  return inside.length > 0 && g.mentions.length >= 2;
}

/** "the key 225-share Nikkei average": a capital after a lower-case content word or a number, not a determiner. */
const afterContentWord = (m: Mention): boolean => {
  const w = m.before[0] ?? '';
  return /[\p{L}\p{N}]/u.test(w) && !STOPWORDS.has(w);
};

/** `test`, answering again from memory for an argument it has seen. */
function memoized(test: (s: string) => boolean): (s: string) => boolean {
  const seen = new Map<string, boolean>();
  return (s) => {
    const known = seen.get(s);
    if (known !== undefined) return known;
    const answer = test(s);
    seen.set(s, answer);
    return answer;
  };
}

/**
 * Keeps groups with real evidence of being names. A single word seen only at the start of sentences
 * ("Fort heureusement", "Retrieved", "Roughly") needs a known name or a name's shape; a word written in lower
 * case at least as often as capitalised mid-sentence is an ordinary word; nationalities, generic words,
 * caption labels and social media handles are never names alone.
 */
export function isLikelyName(g: EntityGroup, ev: TextEvidence): boolean {
  const keys = [...g.keys];
  const surfaces = [...g.surfaces.keys()];
  if (isPlacePair(surfaces, ev.names)) return false;
  if (surfaces.every(isChemicalFormula)) return false;
  if (keys.some((k) => isKnownHere(k, g, ev.names))) return true;
  // "@EdConwaySky": an account's handle, only ever written after "@", names no one the article speaks of.
  if (g.mentions.every((m) => m.before[0] === '@')) return false;
  // Asked twice of the same surfaces below, and the dearest test here.
  const malformed = memoized((s: string) => isMalformed(s, ev));
  if (surfaces.every(malformed)) return false;
  // Two capitals written once ("VH", "BB"): a scanning slip or an unexplained abbreviation, not a key name.
  if (g.mentions.length === 1 && surfaces.every((s) => /^\p{Lu}{2}$/u.test(s))) return false;
  // English capitalises nationality adjectives ("Iraqi", "Kurdish"), which readers and NER take as names of
  // peoples; French writes them in lower case, and capitalised they are nouns ("les Suisses").
  if (
    keys.every((k) => (ev.lang !== 'en' && isDemonym(k)) || isGenericWord(k) || isRole(k)) &&
    !namesPluralEvent(g)
  )
    return false;
  if (isTownDemonym(g, ev)) return false;
  if (isBareLawWord(g, ev.names)) return false;
  if (keys.some(isDemonym)) return true;
  // "Arsenal beat Chelsea 2-1": the sides of a result are names, wherever the sentence puts them.
  if (g.mentions.some((m) => m.side === true && !m.headline)) return true;
  // Several words written apart ("Faut-il" and "Vingt-cinq" are one word each).
  // Not a heading's words in capitals, merged with a word of it ("GAME SETTINGS" and "Settings").
  const multiword = surfaces.some((s) => /\s/.test(s.trim()) && !malformed(s));
  if (multiword) return true;
  const body = g.mentions.filter((m) => !m.headline);
  const shaped = surfaces
    .filter((s) => !malformed(s) && (body.length >= 2 || !isOddlyCased(s)))
    .some(isShaped);
  const lowerCount = Math.max(...keys.map((k) => ev.lower.get(k) ?? 0));
  // A quotation opens like a sentence (“Mobilisation contre la réforme…”): its first capital proves nothing
  // for a word the text writes in lower case elsewhere, nor in French before more words (« Parole et musique »:
  // titles capitalise their first word only).
  // Nor, after a colon, for a word no sentence holds inside it: reported speech opens the speaker's sentence there
  // (`Narayanan: "Splashdown confirmed."`, beside a heading "Splashdown confirmed").
  const inside = body.some((m) => (!m.initial || m.personCue) && !opensQuotation(m));
  const opensSentence = (m: Mention): boolean =>
    opensQuotation(m) &&
    (lowerCount > 0 || (opensSpeech(m) && !inside) || (ev.lang === 'fr' && /\p{L}/u.test(m.after[0] ?? '')));
  const mid = body.filter((m) => (!m.initial || m.personCue) && !opensSentence(m)).length;
  if (mid === 0)
    return (
      keys.some((k) => GIVEN_NAMES.has(k)) ||
      (shaped && body.length >= 2) ||
      (lowerCount === 0 && opensAsElidedBody(g, body, ev.lang)) ||
      // "Markham, Capitol Hill, Rigler and Vernon schools will shut": a sentence opening a list of names opens it
      // with one more.
      (lowerCount === 0 && body.some((m) => m.kindListed === true)) ||
      (keys.length === 1 && body.some((m) => opensReport(m, keys[0] ?? '', ev)))
    );
  if (isCountedNoun(g, body, ev.lang)) return false;
  if (shaped) return true;
  // « « Marées », de Léa Tissier »: a work the title quotes, capitalised inside a sentence, though a common word.
  if (keys.some((k) => ev.titleQuoted?.has(k))) return true;
  if (!keys.some((k) => INSTITUTIONS.has(k)) && isCapitalisedCommonNoun(g, body, ev.lang)) return false;
  // One capital inside one sentence is thin evidence for an unknown word ("Campagne", "Article"): a second one,
  // an elision ("l’Arcep"), a title ("M. Marchand") or a sentence-case title's capital (« … depuis Kourou ») is
  // needed, or a known region after a comma ("Kourou, French Guiana"), or words that introduce a name ("sold as Mounjaro", "a backdoor called Quillgate"), or an English
  // possessive inside a sentence for a word written twice ("rivals such as Argenx’s drug" … "Argenx has"): an
  // owner written with a capital is a name (once, it may be a scanning slip).
  const strong =
    body.some(
      (m) =>
        m.elided ||
        m.personCue ||
        REPORTING_VERBS.has(m.after[0] ?? '') ||
        isQuoted(m) ||
        isNamedByCue(m) ||
        m.kindListed === true ||
        // "The Columbus-based nonprofit": a participle glued to it (see namingTail).
        m.tail !== undefined ||
        (m.possessive === true && !m.initial && ev.lang === 'en' && body.length >= 2),
    ) || keys.some((k) => GIVEN_NAMES.has(k) || ev.titleCapitals?.has(k) || ev.placed?.has(k));
  // "; Ryanair and…", "Ryanair, the carrier, said…": written only where clauses open (see isOpenerOnlyName).
  const openerOnly = keys.length === 1 && isOpenerOnlyName(keys[0] ?? '', surfaces, body, ev);
  return lowerCount < mid && (mid >= 2 || strong || seenAgain(g, body) || openerOnly);
}
