import { acronymHeadsJournal, acronymHeadsName, acronymHeadsOrgan, acronymNamesVenue } from './acronym-heads';
import { aliasOf } from './aliases';
import { joinsBodyAfterAnd, joinsComplementAfterAnd, joinsTitleAfterAnd, listsTwoBodies } from './and-bodies';
import { brandByLength } from './brand-by';
import { closingMeEnd } from './closing-pronouns';
import { TRADE_FIRST } from './company-words';
import { gameAfterEvent } from './event-games';
import { ADJECTIVE_VERBS, frenchBodyEnd } from './french-bodies';
import {
  CLUB_FIRST,
  EVENT_WORDS,
  GIVEN_NAMES,
  isDemonymWord,
  isKnownName,
  MEDIA_WORDS,
  ORG_WORDS,
  ORGANIZATIONS,
  PLACE_WORDS,
  PLACES,
  PRODUCTS,
  WORD_PRODUCTS,
} from './gazetteer';
import { germanRemitLength } from './german-bodies';
import { germanConnectorEnds } from './german-connectors';
import { joinsHonourRoll } from './honour-rolls';
import { adjectiveComplementEnd } from './institution-complement';
import { WEEKDAYS } from './lexicon';
import { listedRemitsEnd, REMIT_HEADS } from './listed-remits';
import { courtSeatEnd, lowerCourtEnd } from './lower-courts';
import { lowerPartyEnd } from './lower-parties';
import { ministryNameEnd } from './ministry-names';
import { nameKey } from './normalize';
import { groupNameEnd } from './parliament-groups';
import { isNamedAfterForm } from './person-shape';
import { possessiveInName, possessiveTitle } from './possessive-names';
import { joinsPurposeTo } from './purpose-bodies';
import { frenchQuotedTitleEnd, quotedTitleEnd } from './quoted-titles';
import { regionAdjectiveEnd } from './region-adjectives';
import { BODY_HEADS, ROMANCE_CONNECTORS } from './romance-names';
import { opensStreetAfterOn } from './street-after-on';
import { lowerTitleStops, titleCaseStops } from './title-case-works';
import type { Token } from './tokenize';

// Lower-case words that may join two capitalised parts of one name, longest sequences first.
const CONNECTOR_SEQUENCES: readonly string[][] = [
  ['de', 'la'],
  ['of', 'the'],
  ['for', 'the'],
  ['van', 'der'],
  ['van', 'den'],
  ...'de du des of for on into upon & and et van von der den da di del al bin'.split(' ').map((w) => [w]),
];
// Pairs of particles inside a surname that English quotes ("Hetty van de Wouw", "Aldo de los Santos"; "von der"
// is germanParticles'): in Dutch and Spanish text they are also the words for "of the".
const ENGLISH_PARTICLE_PAIRS: readonly string[][] = [
  ['van', 'de'],
  ['de', 'los'],
  ['de', 'las'],
];
// Name particles ("Charles de Gaulle", "Van der Westhuizen"): join unless a known place follows.
const PARTICLES = new Set('de du des van von der den da di del al bin'.split(' '));
// "and" and "et" join only inside an organisation's name ("Securities and Exchange Commission"), never after a
// complete one ("Alibaba Group and Yahoo Japan"); "on" only after a body ("Joint Committee on Intelligence").
const AND = new Set(['and', 'et']);
const COMPLETE = new Set(
  'group groupe inc corp co ltd plc company holdings llc sa ag party parti'.split(' '),
);
// Heads that take a complement: "Department of Homeland Security", "Republic of Ireland", "Coupe du monde",
// "l’Echo de Paris"; the features a place is named for ("Cape of Good Hope", "Isle of Man", "Sea of Japan") and
// honours ("Order of Canada", "Medal of Honor").
const HEADS = new Set(
  `republic republique kingdom royaume states state etats etat united unies museum musee palace palais chamber
  chambre cup coupe league ligue championship championnat tour prix festival house maison cathedral church
  eglise bridge pont tower echo
  bourse observatoire observatory cape isle isles sea order ordre medal`.split(/\s+/),
);

// Plurals of members that head a body's name in English ("Friends of the Earth", "Sisters of Mercy").
const MEMBER_HEADS = new Set('friends sons daughters knights sisters brothers veterans'.split(' '));

const HOSPITAL_ACRONYMS = new Set(['CHU', 'CHR', 'CHRU']);

// A product's code: capitals, then digits ("VLA15", "A320", "S24"), or a class's or model's word glued to its
// number ("Class40", "Figaro3").
const PRODUCT_CODE = /^\p{Lu}(?:\p{Lu}{0,3}|\p{Ll}{2,6})-?\d{1,5}$/u;
const MAKER_PARTICLES = new Set(['de', 'du', 'des']);

const NAME_ABBREVIATIONS = new Set(['St', 'Ste', 'Mt', 'Ft']);

/**
 * True for a word that may be (part of) a name: a capital anywhere (iPhone, Storm-0558), not digits only, not a
 * contraction, not a prefixed adjective ("anti-Islamist", "post-Mugabe").
 */
export function isNameToken(t: Token | undefined): t is Token {
  return t?.nameLike === true && !t.headline;
}

/** A function word or a month/day name, which never starts or ends a name. */
export function isStop(t: Token): boolean {
  return t.stop;
}

/**
 * One past the last token of the name starting at `start`. `french`: French text, which quotes English names
 * with their connectors ("Department of Justice") and names bodies with lower-case words after their head;
 * `english`: English text, which capitalises the function words of titles ("Dancing With The Stars").
 */
export function spanEnd(
  tokens: Token[],
  start: number,
  french = false,
  english = false,
  romance = false,
  german = false,
): number {
  const quoted = english
    ? quotedTitleEnd(tokens, start)
    : french
      ? frenchQuotedTitleEnd(tokens, start)
      : start;
  if (quoted > start) return quoted;
  let j = start + 1;
  for (;;) {
    const prev = tokens[j - 1] as Token;
    const t = tokens[j];
    const stops =
      english && !prev.stop ? titleCaseStops(tokens, start, j) || lowerTitleStops(tokens, start, j) : 0;
    if (stops > 0) {
      j += stops + 1;
      continue;
    }
    if (prev.possessive && !possessiveInName(tokens, j) && !(english && possessiveTitle(tokens, start, j)))
      return j;
    // A capitalised "La" or "The" after a name starts a new sentence whose full stop was lost.
    if (
      isNameToken(t) &&
      t.sentence === prev.sentence &&
      !repeatsBeforeDateline(tokens, j) &&
      (sameCaseStyle(prev, t) ||
        (french && acronymHeadsName(tokens, j - 1)) ||
        (english && (acronymHeadsJournal(tokens, j - 1) || acronymHeadsOrgan(tokens, j - 1))) ||
        acronymNamesVenue(tokens, j - 1)) &&
      !startsSentence(prev, t)
    ) {
      j++;
      continue;
    }
    // "George W. Bush", "M. Hagenbeck", "St. Louis", "Mt. Everest": a lone capital or a saint's or mountain's
    // abbreviation and its full stop stay in the name.
    // A paragraph's first word is no name after a paragraph that ends with a capital ("Google I/O.⏎⏎Rappelons");
    // a column's line break may fall inside one ("Marsha P.⏎Johnson").
    if (
      t?.text === '.' &&
      (/^\p{Lu}$/u.test(prev.text) || NAME_ABBREVIATIONS.has(prev.text)) &&
      isNameToken(tokens[j + 1]) &&
      (tokens[j + 1]?.line ?? 0) - prev.line < 2
    ) {
      j += 2;
      continue;
    }
    // "to", the verb and its object: "Fight AIDS" mixes shouted and plain words.
    if (english && joinsPurposeTo(tokens, j)) {
      j += 3;
      continue;
    }
    const remit = german ? germanRemitLength(tokens, j) : french ? brandByLength(tokens, j) : 0;
    if (remit > 0) {
      j += remit;
      continue;
    }
    const skip =
      ((french || english) && germanParticles(tokens, j)) ||
      (english ? connectorLength(tokens, j, ENGLISH_PARTICLE_PAIRS) : 0) ||
      connectorLength(tokens, j) ||
      (french ? englishConnector(tokens, j) : 0) ||
      (romance && ROMANCE_CONNECTORS.has(tokens[j]?.text ?? '') ? 1 : 0);
    const next = tokens[j + skip];
    const connector = tokens[j] as Token;
    if (
      skip > 0 &&
      isNameToken(next) &&
      !isStop(next) &&
      !opensFullName(tokens, j, skip) &&
      !(french && namedAfterBeforeParticle(tokens, start, j)) &&
      !opensKnownBody(tokens, j + skip) &&
      !(french && gameAfterEvent(tokens, j, skip)) &&
      !(german && germanConnectorEnds(tokens, j, isHead)) &&
      (joins(prev, connector, next) ||
        (english && (townUponRiver(tokens, start, j) || (skip === 1 && joinsHonourRoll(tokens, j)))) ||
        joinsKnownName(tokens, start, j, skip) ||
        (french && ENGLISH.has(connector.text)) ||
        (!french &&
          (joinsBodyAfterAnd(tokens, start, j) ||
            joinsComplementAfterAnd(tokens, start, j) ||
            (english && joinsTitleAfterAnd(tokens, start, j))))) &&
      !closesList(tokens, start, j) &&
      !opensStreetAfterOn(tokens, j) &&
      !(english && listsTwoBodies(tokens, start, j))
    ) {
      j += skip + 1;
      continue;
    }
    const region = french ? regionAdjectiveEnd(tokens, start, j) : j;
    if (region > j) return region;
    const ministry = french ? ministryNameEnd(tokens, start, j) : j;
    if (ministry > j) return ministry;
    const body = french ? frenchBodyEnd(tokens, j) : english ? listedRemitsEnd(tokens, start, j) : j;
    if (body > j) return body;
    return french
      ? groupNameEnd(tokens, start, institutionEnd(tokens, j, french))
      : courtSeatEnd(
          tokens,
          lowerCourtEnd(tokens, englishTailEnd(tokens, start, institutionEnd(tokens, j, french), english)),
        );
  }
}

// French institutions capitalise their first word only: "Conseil constitutionnel", "Assemblée nationale",
// "Département militaire fédéral", "Cour de cassation", "Front de gauche", "Société des nations".
const INSTITUTION_HEADS = new Set(
  `conseil commission cour assemblee ministere agence autorite comite tribunal banque parti union front
  departement office caisse chambre confederation federation haute haut conference affaires chemin chemins societe`.split(
    /\s+/,
  ),
);
const COMPLEMENT_HEADS = new Set([
  'cour',
  'front',
  'conseil',
  'commission',
  'comite',
  'ministere',
  'parti',
  'chemin',
  'chemins',
  'caisse',
  'autorite',
  'agence',
  'societe',
  'coupe',
  'ligue',
]);
export const ADJECTIVE =
  /^\p{Ll}{3,}(?:el|elle|al|ale|aux|aire|ien|ienne|een|ais|aise|ois|oise|ique|iste|if|ive|ier|iere|eur|eure|ain|aine|enne|ral|rale|ere)s?$/u;

// Heads English writes before lower-case words that are no part of a name ("the Centre general manager", "a
// Marine general"). French competitions and armed forces name themselves the same way: "Coupe du monde", "Ligue
// des champions", "Jeux olympiques", "Marine nationale", "Armée populaire de libération"; so do empires ("Empire
// britannique") and clubs named after their town's adjective (« Stade toulousain », « Olympique lyonnais »).
const FRENCH_HEADS = new Set([
  'marine',
  'armee',
  'organisation',
  'fonds',
  'centre',
  'institut',
  'bureau',
  'coupe',
  'ligue',
  'jeux',
  'empire',
  'stade',
  'olympique',
]);

const englishTailEnd = (tokens: Token[], start: number, end: number, english: boolean): number =>
  english ? closingMeEnd(tokens, start, lowerPartyEnd(tokens, start, end)) : end;

/** One past the lower-case words that complete a French institution's name ending at `end`. */
function institutionEnd(tokens: Token[], end: number, french: boolean): number {
  const head = tokens[end - 1] as Token;
  if (!INSTITUTION_HEADS.has(head.folded) && !(french && FRENCH_HEADS.has(head.folded))) return end;
  let j = end;
  while (ADJECTIVE.test(tokens[j]?.folded ?? '') && !tokens[j]?.stop && tokens[j]?.sentence === head.sentence)
    j++;
  if (j > end) {
    const complement = adjectiveComplementEnd(tokens, head, j);
    return complement > j ? withAdjective(tokens, head, complement) : j;
  }
  if (!COMPLEMENT_HEADS.has(head.folded)) return j;
  const de = tokens[j]?.text;
  // "Autorité de la concurrence": « de la » before the noun.
  const article = de === 'de' && tokens[j + 1]?.text === 'la' ? 1 : 0;
  const noun = tokens[j + 1 + article];
  if (
    (de === 'de' || de === 'des' || de === 'du') &&
    noun?.isWord &&
    !noun.stop &&
    /^\p{Ll}{3,}$/u.test(noun.text)
  ) {
    return whoseBodyEnd(tokens, head, withAdjective(tokens, head, j + 2 + article));
  }
  return j;
}

/**
 * « Cour de justice de la République », « Cour de justice de l’Union européenne »: a body's complement in lower
 * case goes on with the capitalised one that says whose body it is (and its adjective).
 */
function whoseBodyEnd(tokens: Token[], head: Token, end: number): number {
  const de = tokens[end];
  if (de?.text !== 'de' && de?.text !== 'du') return end;
  const at = de.text === 'de' && tokens[end + 1]?.text === 'la' ? end + 2 : end + 1;
  const name = tokens[at];
  const articled = at === end + 2 || de.text === 'du' || name?.elided === true;
  if (!articled || !name?.nameLike || name.stop || name.loud || name.sentence !== head.sentence) return end;
  return withAdjective(tokens, head, at + 1);
}

/** One past the adjective that may close a body's complement ending at `end`: "Cour de cassation pénale". */
function withAdjective(tokens: Token[], head: Token, end: number): number {
  const adjective = tokens[end];
  // Not "Caisse de grève" and the "Gabriel" opening the next paragraph.
  const follows = adjective?.sentence === head.sentence && /^\p{Ll}/u.test(adjective.text);
  return follows && ADJECTIVE.test(adjective.folded) && !ADJECTIVE_VERBS.has(adjective.folded)
    ? end + 1
    : end;
}

// In a French text, English words between capitals belong to a title or a name quoted in English: "The Death
// and Life of Marsha P. Johnson", "Man on the Moon", "House of Cards".
const ENGLISH = new Set(['and', 'of', 'on', 'in', 'for', 'the', 'to', 'with']);

function englishConnector(tokens: Token[], at: number): number {
  let n = 0;
  while (n < 2 && ENGLISH.has(tokens[at + n]?.text ?? '')) n++;
  return n;
}

/**
 * "Le procès de Berne Berne, 15 septembre": a headline's last word and the dateline that repeats it, not one
 * name ("Bora Bora" is followed by no date).
 */
function repeatsBeforeDateline(tokens: Token[], j: number): boolean {
  return (
    tokens[j]?.text === tokens[j - 1]?.text &&
    tokens[j + 1]?.text === ',' &&
    /^\d/.test(tokens[j + 2]?.text ?? '')
  );
}

/** "Tessin La France": a capitalised article after a name opens a sentence whose full stop was lost. */
function startsSentence(prev: Token, t: Token): boolean {
  return t.stop && !prev.stop && !WEEKDAYS.has(t.folded);
}

/**
 * A long word in capitals next to a normally written one is a dateline or a heading, not the same name; nor is a
 * Latin word next to a Cyrillic or Greek one ("Компания Microsoft").
 */
// Roman numbers 1 to 39, as clubs' codes (XIII, XV) and regnal numbers are written.
const ROMAN_NUMBER = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

const LATIN = /\p{Script=Latin}/u;

/** The text holds a Latin letter; one opening on an ASCII letter does without the pattern. */
function holdsLatin(text: string): boolean {
  const code = text.charCodeAt(0) | 32;
  return (code >= 97 && code <= 122) || LATIN.test(text);
}

function sameCaseStyle(a: Token, b: Token): boolean {
  // Letters only: a dotted acronym is short ("U.S. Open", "U.N. Security Council").
  // A roman numeral is no shouted word: "AS Carcassonne XIII", "Louis XVIII" number the name before them.
  const long = (t: Token) => t.loud && t.text.replace(/\./g, '').length >= 4 && !ROMAN_NUMBER.test(t.text);
  if (holdsLatin(a.text) !== holdsLatin(b.text)) return false;
  return long(a) === long(b) || (a.loud && b.loud);
}

/** A word that heads a body's or a place's name and takes a complement: "Department", "Place", "Comune". */
const isHead = (folded: string): boolean =>
  ORG_WORDS.has(folded) || PLACE_WORDS.has(folded) || HEADS.has(folded) || BODY_HEADS.has(folded);

/**
 * "Don Carlo di Giuseppe Verdi", « Les Misérables de Victor Hugo »: a particle before a given name and a surname
 * introduces the person who made the work, not the end of one name; a body's head keeps its complement
 * ("Fundación de Juan March" is rare, "Gare de Lyon" common).
 */
function opensFullName(tokens: Token[], at: number, skip: number): boolean {
  const left = tokens[at - 1] as Token;
  const connector = tokens[at] as Token;
  const given = tokens[at + skip];
  // The given name first: it is rarer than a particle or a head, and one look-up where a head is four.
  if (!GIVEN_NAMES.has(given?.folded ?? '') || !isParticle(connector.text) || isHead(left.folded))
    return false;
  const after = tokens[at + skip + 1];
  return isNameToken(after) && after.sentence === given?.sentence && !isStop(after);
}

/**
 * « les Canadair de la Sécurité civile », « un gendarme de la Police nationale »: after a particle, a body the
 * gazetteer knows with its lower-case word is a name of its own, not the end of the one before.
 */
function opensKnownBody(tokens: Token[], at: number): boolean {
  const head = tokens[at] as Token;
  const word = tokens[at + 1];
  return (
    word?.isWord === true &&
    !word.capital &&
    word.sentence === head.sentence &&
    isKnownName(`${nameKey(head.text)} ${word.folded}`)
  );
}

// Words before a connector that may open a known name through it: "Bosnia and Herzegovina", "Saint Kitts and Nevis".
const MAX_KNOWN_LEFT = 2;

/**
 * "Trinidad and Tobago", "Newfoundland and Labrador": the connector at `at` joins when the one or two words before
 * it, the connector and the word after it make a name the gazetteer knows, whatever the connector's own rule.
 */
function joinsKnownName(tokens: Token[], start: number, at: number, skip: number): boolean {
  const right = tokens
    .slice(at, at + skip + 1)
    .map((t) => t.folded)
    .join(' ');
  let key = right;
  for (let k = at - 1; k >= Math.max(start, at - MAX_KNOWN_LEFT); k--) {
    key = `${tokens[k]?.folded ?? ''} ${key}`;
    if (isKnownName(nameKey(key))) return true;
  }
  return false;
}

const isParticle = (w: string): boolean => PARTICLES.has(w) || ROMANCE_CONNECTORS.has(w);

/**
 * « l’hôpital Louis-Pasteur de Dole », « le lycée Victor-Hugo de Besançon »: after a person's name written as a
 * street's or a building's (see `isNamedAfterForm`), « de » says where it stands, not the person's particle.
 */
function namedAfterBeforeParticle(tokens: Token[], start: number, at: number): boolean {
  return (
    at === start + 1 && PARTICLES.has(tokens[at]?.text ?? '') && isNamedAfterForm(tokens[start]?.text ?? '')
  );
}

/**
 * "Newcastle upon Tyne", "Kingston upon Thames": English names a town after the river it stands on with "upon"
 * between two single words; a given name before it is a person's ("Anna upon Tyne" is none).
 */
function townUponRiver(tokens: Token[], start: number, at: number): boolean {
  const town = tokens[start] as Token;
  return tokens[at]?.text === 'upon' && at === start + 1 && !town.loud && !GIVEN_NAMES.has(town.folded);
}

const knownProductWord = (w: string): boolean =>
  PRODUCTS.has(w) && !WORD_PRODUCTS.has(w) && !GIVEN_NAMES.has(w);

function joins(left: Token, connector: Token, right: Token): boolean {
  const head = left.folded;
  if (connector.text === 'upon') return false;
  // "the National Crime Agency and Polish police": a nationality after "and" opens another name.
  if (AND.has(connector.text))
    return ORG_WORDS.has(head) && !COMPLETE.has(head) && !isDemonymWord(right.folded);
  if (connector.text === 'on') return ORG_WORDS.has(head);
  if (connector.text === 'into') return REMIT_HEADS.has(head);
  if (connector.text === '&' || isHead(head)) return true;
  // "Friends of the Earth", "Knights of Columbus": a plural of members heads a body with its complement, unless a
  // person follows ("Friends of Jane Doe").
  if (MEMBER_HEADS.has(head) && connector.text === 'of' && !GIVEN_NAMES.has(right.folded)) return true;
  if (MEDIA_WORDS.has(head) || EVENT_WORDS.has(head)) return true;
  // « CHU de Nantes »: a hospital's acronym and its town (« Chu » is a surname).
  if (HOSPITAL_ACRONYMS.has(left.text)) return true;
  // « Électricité de Strasbourg », « Transports de Bordeaux »: a trade noun opening a company's name takes the town
  // it serves (no person's name opens with one).
  if (TRADE_FIRST.has(head) && connector.text === 'de') return true;
  // A club and its city: "Olympique de Marseille", "Stade de Reims", "Inter de Milan".
  if (CLUB_FIRST.has(head) && isParticle(connector.text)) return true;
  // « le vaccin VLA15 de Valneva », « l’A320 d’Air France »: after a product's code, « de » names its maker or
  // owner; a code ends its name (German "der" may be an article inside a longer phrase: left alone).
  if (PRODUCT_CODE.test(left.text) && MAKER_PARTICLES.has(connector.text)) return false;
  // « le Twitch de Vitality », « le Netflix de Canal+ »: after a known product's name (no common word, no given
  // name), « de » names its owner, a name of its own.
  if (MAKER_PARTICLES.has(connector.text) && knownProductWord(head)) return false;
  // « le Fluad de CSL Seqirus », « les équipes de France de la Fédération française de ski »: after a name that
  // heads nothing, an acronym or a body's head opens the maker's or owner's name, never a surname.
  if (MAKER_PARTICLES.has(connector.text) && (right.loud || ORG_WORDS.has(right.folded))) return false;
  // "Galaxy S24 de Samsung": a known brand after « de » names the maker, not a surname; « la Pêche des
  // Vingt-Sept »: nor does a known name's other form (the Union's member states).
  const known = nameKey(right.text);
  return isParticle(connector.text) && !PLACES.has(known) && !ORGANIZATIONS.has(known) && !aliasOf(known);
}

/**
 * "Orange, SFR, Bouygues Telecom et Free": after a list of names, "and" or « et » joins its last item, not
 * two parts of one name.
 */
function closesList(tokens: Token[], start: number, at: number): boolean {
  const connector = tokens[at] as Token;
  if (!AND.has(connector.text)) return false;
  const comma = tokens[start - 1];
  if (comma?.text === ',' && comma.sentence === connector.sentence && isNameToken(tokens[start - 2]))
    return true;
  // One name has one "and": "Securities and Exchange Commission and Ofcom" lists two bodies.
  return tokens.slice(start, at).some((t) => AND.has(t.text));
}

/**
 * "Ursula von der Leyen" quoted in French or English: « von der » opens a German surname there, while German
 * text writes it as a preposition and its article ("Corbyn von der Labour-Partei").
 */
const germanParticles = (tokens: Token[], at: number): number =>
  tokens[at]?.text === 'von' && tokens[at + 1]?.text === 'der' ? 2 : 0;

// The first words of the sequences: most tokens open none, and are out at one look-up.
const CONNECTOR_OPENERS = new Set([...CONNECTOR_SEQUENCES, ...ENGLISH_PARTICLE_PAIRS].map((seq) => seq[0]));

function connectorLength(tokens: Token[], at: number, sequences = CONNECTOR_SEQUENCES): number {
  const first = tokens[at];
  if (!first || first.elided || !CONNECTOR_OPENERS.has(first.text)) return 0;
  for (const seq of sequences) {
    if (seq.every((w, k) => tokens[at + k]?.text === w && !tokens[at + k]?.elided)) return seq.length;
  }
  return 0;
}
