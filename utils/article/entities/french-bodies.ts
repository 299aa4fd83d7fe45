import { fold } from '@/utils/shared/fold';
import { endsEventName, isEventHead } from './event-names';
import { GIVEN_NAMES, isFrenchDemonym, ORG_WORDS, ORGANIZATIONS, PLACES } from './gazetteer';
import { PERSON_TITLES } from './lexicon';
import { purposeLength } from './purpose-complements';
import type { Token } from './tokenize';

// French capitalises only the first word of a body's name: « Union nationale de la propriété immobilière »,
// « Chambre de commerce et d’industrie de Lyon », « Métropole de Lyon », « Syndicat mixte des transports ». After
// such a head, adjectives, lower-case complements (« de la », « du », « des », « d’ ») and a last « de » and
// place belong to the name. A lower-case head alone (« la métropole a voté ») names nothing.

/** Heads, folded, that open a body's name when written with a capital inside a sentence. */
const HEADS = new Set(
  `academie agence association autorite banque bibliotheque bureau caisse centre chambre chemin chemins comite
  commission communaute compagnie confederation conseil conservatoire cooperative cour credit departement direction
  ecole etablissement faculte federation fondation groupement institut laboratoire metropole musee mutuelle observatoire office
  opera orchestre ordre parquet port regie service societe syndicat theatre union universite`.split(/\s+/),
);
// Adjectives of bodies the suffix test misses, and the branches of insurance written after « assurance » as
// adjectives (« Société de l’assurance automobile du Québec », « Caisse nationale d’assurance maladie »).
const MORE_ADJECTIVES = new Set([
  'mixte',
  'agricole',
  'civile',
  'civil',
  'maritime',
  'maritimes',
  'unique',
  'automobile',
  'maladie',
  'chomage',
  'vieillesse',
]);
const ADJECTIVE =
  /^\p{Ll}{3,}(?:el|elle|al|ale|aux|aire|ien|ienne|ais|aise|ois|oise|ique|iste|if|ive|ier|iere|eur|eure|ain|aine|enne|ere)s?$/u;
// Verbs that look like adjectives: « la Cour des comptes critique la dépense », « l’OMS … de la santé rappelle ».
export const ADJECTIVE_VERBS = new Set(
  `critique critiquent indique indiquent explique expliquent applique implique revendique communique publie rappelle
  rappellent appelle appellent renouvelle interpelle`.split(/\s+/),
);
// Lower-case words after « de » that are no complement of a name: a period, an amount, a manner.
const NOT_COMPLEMENTS = new Set(
  `annees ans mois semaines jours heures fois siecle siecles pres plus moins maniere facon sorte part cote
  nombreux nombreuses certains certaines nouveau nouveaux nouvelle`.split(/\s+/),
);
// A board's kind right after the head (« Conseil d’administration », « conseil de surveillance ») is no body's
// name; after an adjective or a first complement it is the remit (« École nationale d’administration », « Faculté
// des sciences de l’administration »).
const BOARD_KINDS = new Set(['administration', 'surveillance']);
const MAX_TOKENS = 12;
// Heads that name their purpose right after them (« Fondation pour la recherche médicale »); others only after
// an adjective (« Agence européenne pour la sécurité maritime »), since « l’Union pour les affaires étrangères »
// is a role's remit. A party's cause takes the indefinite article after « Union » (« Union pour un mouvement
// populaire »), a remit never.
const PURPOSE_HEADS = new Set(['association', 'comite', 'fondation']);
const CAUSE_HEADS = new Set(['union']);
const INDEFINITE = new Set(['un', 'une']);

/** The head's purpose may follow it at `at` (see above). */
const purposeAfterHead = (head: Token, tokens: Token[], at: number): boolean =>
  PURPOSE_HEADS.has(head.folded) ||
  (CAUSE_HEADS.has(head.folded) && INDEFINITE.has(tokens[at + 1]?.text ?? ''));

const lowerWord = (t: Token | undefined, sentence: number): t is Token =>
  t?.isWord === true &&
  !t.stop &&
  !t.capital &&
  t.sentence === sentence &&
  /^\p{Ll}[\p{Ll}-]{2,}$/u.test(t.text) &&
  !ADJECTIVE_VERBS.has(t.folded);

export const isAdjective = (t: Token | undefined, sentence: number): boolean =>
  lowerWord(t, sentence) &&
  !t.elided &&
  (ADJECTIVE.test(t.folded) || MORE_ADJECTIVES.has(t.folded) || isFrenchDemonym(t.folded));

// Without « de », an elided word may follow « l’ » (« le Conseil fédéral l’avait présenté ») or « d’ » (« Chambre
// d’agriculture »): only a noun's shape says it is the complement.
const NOUN_SHAPE = /(?:tion|sion|ment|ence|ance|ie|te|age|isme|ite)s?$/;
const ELIDED_NOUNS = new Set(
  'appel assises enquete epargne etudes emploi agriculture architecture art arts'.split(' '),
);
const elidedNoun = (t: Token): boolean => NOUN_SHAPE.test(t.folded) || ELIDED_NOUNS.has(t.folded);

/** Tokens of « de », « du », « des », « de la » at `at` (an elided « d’ »/« l’ » lives on the next word). */
export function ofLength(tokens: readonly Token[], at: number): number {
  const t = tokens[at];
  if (t?.text === 'du' || t?.text === 'des') return 1;
  if (t?.text !== 'de') return 0;
  return tokens[at + 1]?.text === 'la' ? 2 : 1;
}

// A participle closes a name only before its acronym: « Centre national du cinéma et de l’image animée (CNC) »;
// elsewhere it opens the sentence's own phrase (« la Caisse des dépôts, chargée de… »).
const PARTICIPLE = /^\p{Ll}{3,}ee?s?$/u;

function adjectivesEnd(tokens: Token[], at: number, sentence: number): number {
  let j = at;
  while (isAdjective(tokens[j], sentence)) j++;
  const participle = tokens[j];
  if (lowerWord(participle, sentence) && PARTICIPLE.test(participle.folded) && tokens[j + 1]?.text === '(')
    return j + 1;
  return j;
}

/**
 * « de l’économie, de l’emploi, du travail et des solidarités »: complements listed with commas belong to the
 * name only when the list closes with « et » and one more complement. One past that last complement, else `at`.
 */
function listedComplementsEnd(tokens: Token[], at: number, sentence: number): number {
  let j = at;
  for (let items = 0; items < 6 && tokens[j]?.sentence === sentence; items++) {
    const sep = tokens[j]?.text;
    if (sep !== ',' && sep !== 'et') return at;
    const of = ofLength(tokens, j + 1);
    const noun = tokens[j + 1 + of];
    if ((of === 0 && !noun?.elided) || !isComplement(noun, sentence)) return at;
    j = adjectivesEnd(tokens, j + 2 + of, sentence);
    if (sep === 'et') return j;
  }
  return at;
}

const isComplement = (t: Token | undefined, sentence: number): boolean =>
  lowerWord(t, sentence) && !NOT_COMPLEMENTS.has(t.folded) && !PERSON_TITLES.has(t.folded);

/** One past a place's capitalised words at `at` (« Lyon », « Grand Annecy »), else `at`. */
function placeEnd(tokens: Token[], at: number, sentence: number): number {
  const first = tokens[at];
  if (!first?.capital || first.loud || first.stop || first.sentence !== sentence) return at;
  // « Conseil d’administration du Chemin de fer… »: another body's head opens another name.
  // « Fédération française de football de Noël Martin »: a given name opens a person's name.
  // A known place alone that is also a given name stays a place (« Laboratoire d’hydrologie de Nancy »).
  const surname = tokens[at + 1]?.capital === true && tokens[at + 1]?.sentence === sentence;
  const given = GIVEN_NAMES.has(first.folded) && !(PLACES.has(first.folded) && !surname);
  if (HEADS.has(first.folded) || ORG_WORDS.has(first.folded) || given) return at;
  let j = at;
  while (tokens[j]?.capital && !tokens[j]?.stop && !tokens[j]?.loud && tokens[j]?.sentence === sentence) j++;
  // « Conseil de l’Union européenne »: a capital and a lower-case adjective name another body, not a place.
  if (isAdjective(tokens[j], sentence)) return at;
  const key = tokens
    .slice(at, j)
    .map((t) => t.folded)
    .join(' ');
  if (ORGANIZATIONS.has(key) && !PLACES.has(key)) return at;
  return j;
}

/**
 * One past the lower-case words, complements and closing place that complete the French body whose capitalised
 * head ends the run at `end`; `end` when the head is no body's or nothing completes it.
 */
export function frenchBodyEnd(tokens: Token[], end: number): number {
  const head = tokens[end - 1];
  // A sentence's first word says nothing by its capital, unless after an elision (« L’Agence »).
  if (!head || (head.initial && !head.elided) || head.loud) return end;
  const body = HEADS.has(head.folded);
  if (!body && !isEventHead(head.folded)) return end;
  const sentence = head.sentence;
  const adjectives = adjectivesEnd(tokens, end, sentence);
  if (body) return complementsEnd(tokens, end, adjectives, sentence);
  // An event: an adjective, then complements or a place, and a clear end (see event-names.ts).
  if (adjectives === end) return end;
  const name = complementsEnd(tokens, end, adjectives, sentence);
  return name > adjectives && endsEventName(tokens, name, sentence) ? name : end;
}

/** One past the complements and closing place after the head ending at `end` and its adjectives up to `at`. */
function complementsEnd(tokens: Token[], end: number, at: number, sentence: number): number {
  const head = tokens[end - 1] as Token;
  let j = at;
  let complements = 0;
  let lastOf = '';
  while (j - end < MAX_TOKENS) {
    const purpose =
      complements === 0 && (j > end || purposeAfterHead(head, tokens, j))
        ? purposeLength(tokens, j, sentence)
        : 0;
    if (purpose > 0) {
      j = adjectivesEnd(tokens, j + purpose + 1, sentence);
      complements++;
      continue;
    }
    if (complements > 0 && tokens[j]?.text === ',') {
      const listed = listedComplementsEnd(tokens, j, sentence);
      if (listed > j) return listed;
      break;
    }
    // « dépôts et consignations », « commerce et d’industrie », « santé et de la recherche médicale ».
    const and = complements > 0 && tokens[j]?.text === 'et' ? 1 : 0;
    const of = ofLength(tokens, j + and);
    const noun = tokens[j + and + of];
    const linked = of > 0 || and > 0 || noun?.elided === true;
    if (!linked) break;
    // « la Cour des comptes et des inspections »: a second plural « des » lists the sentence's things.
    const ofWord = tokens[j + and]?.text ?? '';
    if (and > 0 && lastOf === 'des' && ofWord === 'des') break;
    const board = j === end && BOARD_KINDS.has(noun?.folded ?? '');
    if (!board && isComplement(noun, sentence) && (of > 0 || and > 0 || elidedNoun(noun as Token))) {
      lastOf = of > 0 ? ofWord : lastOf;
      j = adjectivesEnd(tokens, j + and + of + 1, sentence);
      complements++;
      continue;
    }
    // A closing place: « de Lyon », « du Grand Annecy », « d’Ille-et-Vilaine ».
    if (and === 0 && (of > 0 || noun?.elided)) {
      const place = placeEnd(tokens, j + of, sentence);
      if (place > j + of) return place;
    }
    break;
  }
  return complements > 0 ? regionEnd(tokens, j, sentence) : j;
}

/**
 * « Agence de l’eau Loire-Bretagne », « Agence régionale de santé Auvergne-Rhône-Alpes »: a region of compound
 * name written right after a complete name, with no « de », is the branch it names; one past it, else `at`. A
 * plain word there may be the next phrase's (« la Chambre régionale des comptes Bretagne » is read without it).
 */
function regionEnd(tokens: Token[], at: number, sentence: number): number {
  const region = tokens[at];
  const before = tokens[at - 1];
  if (!region?.capital || !region.text.includes('-') || !before) return at;
  if (region.start > before.start + before.text.length + 1) return at;
  const end = placeEnd(tokens, at, sentence);
  return end === at + 1 ? end : at;
}

// Adjectives, folded, that say a body's rank or reach right after its head (« Théâtre national de Chaillot »,
// « Direction régionale des affaires culturelles », « Conservatoire national supérieur de musique »).
const RANKS = new Set(
  `national nationale regional regionale departemental departementale municipal municipale general generale
  superieur superieure interministeriel interministerielle federal federale communal communale intercommunal
  intercommunale territorial territoriale`.split(/\s+/),
);

/**
 * A French body's head and a lower-case adjective of rank (« Théâtre national de la danse », « Direction générale
 * des affaires maritimes », « Musée départemental breton »): a body, whatever place or person ends the name.
 */
export function ranksFrenchBody(surface: string): boolean {
  const [head = '', rank = ''] = surface.split(' ', 2);
  return rank.length > 0 && rank === rank.toLowerCase() && HEADS.has(fold(head)) && RANKS.has(fold(rank));
}
