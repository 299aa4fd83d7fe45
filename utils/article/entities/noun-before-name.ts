import { GIVEN_NAMES, isDemonymWord, isKnownName, PLACES } from './gazetteer';
import { COMMON_ACRONYMS } from './lexicon';
import type { Token } from './tokenize';

// German nouns by their endings, inflected or not: "Stromlieferant", "Konkurrenten", "Regierung",
// "Nachrichtenagentur", "Enzyklopädie", "Kryptowährung", "Konzernchef"; and the heads of compounds that say what
// kind of body or thing follows: "Autokonzern", "Tochterunternehmen", "Chiphersteller", "Modulanbieter",
// "Autozulieferer", "Regierungspartei", "Marktführer". A bare "-er" is left out: surnames and names end so ("Fraunhofer ISE").
const NOUN_HEADS =
  `ung heit keit schaft tion sion itat ismus nis tum ant ent ist eur ie ur chef konzern unternehmen
firma marke partei gruppe plattform dienst netzwerk projekt verband behorde ministerium gericht sender magazin
zeitung steller bieter treiber bauer lieferer handler wickler sorger sicherer markter betreiber fuhrer`.split(
    /\s+/,
  );
const NOUN_ENDING = new RegExp(`(?:${NOUN_HEADS.join('|')})(?:e|en|n|s|es|in|innen)?$`);
// Legal forms close a company's name ("Nordex SE", "CAE GmbH"): never the name on its own.
const LEGAL_FORMS = new Set(['ag', 'se', 'ug', 'kg', 'ohg', 'gmbh', 'kgaa', 'ev', 'sa', 'nv', 'plc', 'inc']);
const PLAIN_NOUN = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,5}$/u;
// "Weltgruppe II", "Internet-Versteigerung II": a roman numeral numbers the name before it.
const ROMAN = /^[IVXLC]+$/;

/**
 * Where nouns take capitals, a common noun written before a name is no part of it: "Stromlieferant EDF",
 * "Konkurrent Google", "Nachrichtenagentur Reuters", "Video-Plattform Youtube". True when tokens[a] is such a noun
 * by its ending (a word also written alone proves nothing: names are too, "Nordex", "Duesenfeld") and the rest,
 * tokens[a+1..b), is a name by itself: an acronym, a known body or product, a brand with an inner capital, a
 * longer name the text writes alone too ("Magazin Technology Review"). A place after the noun is left whole
 * ("Universität Hamburg", "Kanton Bern" name bodies), and so is a name whose first word is none ("Fraunhofer ISE").
 */
export function commonNounBeforeName(
  tokens: readonly Token[],
  a: number,
  b: number,
  written: ReadonlySet<string>,
): boolean {
  const t = tokens[a];
  if (!t || b - a < 2) return false;
  if (placeKindBeforePlace(tokens, a, b)) return true;
  if (!PLAIN_NOUN.test(t.text)) return false;
  if (isCommonNoun(t.folded)) return standsAlone(tokens.slice(a + 1, b), written);
  // A word the text writes alone too, before a longer name it writes alone: "der Künstler Olafur Eliasson".
  const rest = tokens.slice(a + 1, b);
  return (
    rest.length > 1 &&
    written.has(t.folded) &&
    !isNamed(t.folded) &&
    rest.every((r) => r.isWord) &&
    !PLACES.has(rest[0]?.folded ?? '') &&
    written.has(rest.map((r) => r.folded).join(' '))
  );
}

// Kinds of place a German compound ends with: "US-Bundesstaat", "Nord-Provinz", "Ost-Region".
const PLACE_KINDS = new Set(
  'bundesstaat staat bundesland land provinz region stadt hauptstadt metropole gemeinde kreis bezirk insel mitglied'.split(
    ' ',
  ),
);

// Kinds of town, folded: written before a town's name, never part of it.
const TOWN_KINDS = new Set(
  'stadt hauptstadt landeshauptstadt metropole grossstadt millionenstadt hafenstadt kleinstadt kreisstadt'.split(
    /\s+/,
  ),
);

// Plural kinds of place, folded: "Ländern", "Staaten".
const PLURAL_PLACE_KINDS = new Set('lander landern staaten bundeslander bundeslandern'.split(' '));

/**
 * "US-Bundesstaat Florida", "Ost-Provinz Kivu": a compound, qualified before its hyphen, naming the kind of a known
 * place after it. Unqualified, the kind may be the name's ("Kanton Bern" names a body).
 */
function placeKindBeforePlace(tokens: readonly Token[], a: number, b: number): boolean {
  const rest = tokens.slice(a + 1, b);
  const place = rest.every((r) => r.isWord) && PLACES.has(rest.map((r) => r.folded).join(' '));
  // "in den Ländern Indien, Südafrika …": a plural kind lists places, it names none.
  if (PLURAL_PLACE_KINDS.has(tokens[a]?.folded ?? '')) return place;
  // "die Stadt Shanghai", "die Metropole Lagos": a town's kind before a known town is no part of its name; a state's
  // or a canton's may be ("Land Brandenburg", "Kanton Bern" name bodies).
  if (TOWN_KINDS.has(tokens[a]?.folded ?? '')) return place;
  const [prefix, head] = (tokens[a]?.folded ?? '').split('-');
  if (!prefix || !head || !PLACE_KINDS.has(head) || isKnownName(tokens[a]?.folded ?? '')) return false;
  return place;
}

/**
 * "Duisburger Stahlhersteller Ruhrwerk", "der Münchner Autobauer BMW": a town's adjective ("-er", of a known place)
 * before a common noun before a name; neither is part of the name. The town is known or written alone too.
 */
export function placeAdjectiveBeforeNoun(
  tokens: readonly Token[],
  a: number,
  b: number,
  written: ReadonlySet<string>,
): boolean {
  const t = tokens[a]?.folded ?? '';
  const town = t.slice(0, -2);
  if (b - a < 3 || !t.endsWith('er') || !(PLACES.has(town) || written.has(town))) return false;
  return commonNounBeforeName(tokens, a + 1, b, written);
}

/**
 * "Apples Konkurrent Google": a name's genitive (its "-s" written on a name the text or the gazetteer knows) before a
 * common noun and a name; the owner is no part of the name after it.
 */
export function genitiveBeforeNoun(
  tokens: readonly Token[],
  a: number,
  b: number,
  written: ReadonlySet<string>,
): boolean {
  const t = tokens[a];
  if (!t || b - a < 3 || !/^\p{Lu}\p{L}+s$/u.test(t.text)) return false;
  const owner = t.folded.slice(0, -1);
  if (!isKnownName(owner) && !written.has(owner)) return false;
  return commonNounBeforeName(tokens, a + 1, b, written);
}

/**
 * "bringt Gabriel Wibmer Late for School", "gab Anna Berger Auskunft": where nouns take capitals, the word after a
 * person's name the text writes alone elsewhere starts the next phrase. Returns the name's end.
 */
export function endOfWrittenPerson(
  tokens: readonly Token[],
  a: number,
  b: number,
  written: ReadonlySet<string>,
): number {
  const last = tokens[b - 1];
  if (b - a < 3 || !GIVEN_NAMES.has(tokens[a]?.folded ?? '') || !last || isKnownName(last.folded)) return b;
  const name = tokens.slice(a, b - 1);
  const key = name.map((t) => t.folded).join(' ');
  return name.every((t) => t.isWord) && written.has(key) ? b - 1 : b;
}

const isNamed = (folded: string): boolean =>
  isKnownName(folded) || GIVEN_NAMES.has(folded) || isDemonymWord(folded);

function isCommonNoun(folded: string): boolean {
  if (isKnownName(folded) || GIVEN_NAMES.has(folded) || isDemonymWord(folded)) return false;
  const head = folded.split('-').at(-1) ?? '';
  return NOUN_ENDING.test(head);
}

/**
 * An acronym (a legal form may follow), a known name other than a place, a brand's inner capital, or a name of two
 * words or more the text writes on its own too (`written`: keys of the text's capitalised runs).
 */
function standsAlone(rest: readonly Token[], written: ReadonlySet<string>): boolean {
  const words = rest.filter((t) => t.isWord);
  if (words.length !== rest.length || words.length === 0) return false;
  const key = words.map((t) => t.folded).join(' ');
  if (PLACES.has(key) || PLACES.has(words[0]?.folded ?? '')) return false;
  if (isKnownName(key) || (words.length > 1 && written.has(key))) return true;
  // "Ruhrwerk Stahl AG" where the text writes "Ruhrwerk" alone too: a legal form closes a company's name.
  const legal = words.length > 2 && LEGAL_FORMS.has(words.at(-1)?.folded ?? '');
  if (legal && written.has(words[0]?.folded ?? '')) return true;
  const [first, ...more] = words;
  if (!first || !more.every((t) => LEGAL_FORMS.has(t.folded))) return false;
  if (LEGAL_FORMS.has(first.folded) || ROMAN.test(first.text)) return false;
  if (ACRONYM.test(first.text)) return !COMMON_ACRONYMS.has(first.folded);
  return /^\p{Lu}\p{Ll}+\p{Lu}/u.test(first.text);
}
