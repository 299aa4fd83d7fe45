import { fold } from '@/utils/shared/fold';
import { isAcronymLike } from './acronyms';
import { isCompanyNamed } from './company-nouns';
import type { TextEvidence } from './evidence';
import { isKnownHere } from './filter';
import {
  CLUB_FIRST,
  CLUB_LAST,
  GIVEN_NAMES,
  isGermanPlaceAdjective,
  MEDIA_WORDS,
  ORG_WORDS,
  ORGANIZATIONS,
  PLACES,
  PRODUCTS,
} from './gazetteer';
import { namesGermanBody } from './german-bodies';
import { namesConcept, opensWithParticiple } from './german-concepts';
import type { EntityGroup } from './group';
import { isLoanPhrase } from './loan-phrases';
import {
  introducedAsName,
  isCountryCodeColumn,
  isDeclinedAdjective,
  isListedWithCountry,
  isNounBeforeCode,
  isNounPhrase,
  isTitleNamed,
  NUMBER_WORDS,
  opensOnlyThis,
  surnameReused,
} from './names-only-cues';
import { isFeastOnly } from './names-only-feasts';
import { nameKey } from './normalize';
import { nounNotCompany } from './noun-companies';
import { isRecurringName } from './recurring-words';
import { headsBodyName, isRomance } from './romance-names';
import { isDeclinedGivenName } from './russian-cases';

// German capitalises every noun, and a language we cannot tell may too: no single words there.
const NOUN_CAPITALISING = new Set(['de', 'lb', 'und']);

/** Whether the language capitalises every noun: a line full of capitals is then no headline. */
export const capitalisesNouns = (lang: string): boolean => NOUN_CAPITALISING.has(lang);

// Particles before a body's complement: "Ayuntamiento de Sagunto", "Comune di Bari", "Prefeitura do Recife".
const COMPLEMENT_PARTICLES = new Set(['de', 'del', 'di', 'della', 'da', 'do', 'dos', 'das']);

/** Two to four capitalised words side by side, no connector: "Tiger Woods", "Augusta National Golf Club". */
const PROPER_PHRASE = /^\p{Lu}[\p{L}\p{N}.&’'-]*(?: \p{Lu}[\p{L}\p{N}.&’'-]*){1,3}$/u;

// German writes adjectives in lower case except in names: "Deutsche Bahn", "Europäische Union".
const NAME_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:isch|lich|sch|ig|al)(?:e|en|er|es|em)$/u;

/** A club's initials as clubs write them: "SC", "PSV", "VfB". */
const CLUB_INITIALS = /^\p{Lu}(?:\p{Lu}|\p{Ll}\p{Lu})\p{Lu}?$/u;

/** Numbers written as words, which German capitalises: "Milliarden US-Dollar" is a sum, not a name. Folded. */
const COUNT_WORDS = new Set(
  'tausend millionen million milliarden milliarde billionen billion millones miliardi milioni milhoes bilhoes miljoen miljoenen miljard miljarden'.split(
    ' ',
  ),
);

/**
 * A word of the phrase says name: a given name first, a known name, a body's last word, a name's shape; or a
 * capitalised adjective of a place, or any other one when `adjectiveEnough` (the phrase recurs).
 */
function hasNameEvidence(surface: string, adjectiveEnough: boolean, nounsCapitalised: boolean): boolean {
  const words = nameKey(surface).split(' ');
  if (COUNT_WORDS.has(words[0] ?? '') || (nounsCapitalised && opensWithParticiple(surface))) return false;
  if (GIVEN_NAMES.has(words[0] ?? '') || isDeclinedGivenName(words[0] ?? '')) return true;
  const first = surface.split(' ')[0] ?? '';
  const last = words.at(-1) ?? '';
  const bodyWord = ORG_WORDS.has(last) || MEDIA_WORDS.has(last) || CLUB_LAST.has(last);
  // "SC Freiburg", "VfB Stuttgart", "AS Roma": a club's initials open its name.
  if (words.length > 1 && CLUB_FIRST.has(words[0] ?? '') && CLUB_INITIALS.test(first)) return true;
  // Adjectives of places, peoples and faiths open names on their own ("Deutsche Bahn"); others ("Kommunale
  // Unternehmen", "Technischen Kongresse") only when the phrase recurs or a known word closes it ("Städtische
  // Bühnen Köln").
  if (NAME_ADJECTIVE.test(first))
    return (
      (adjectiveEnough && !namesConcept(surface)) ||
      isGermanPlaceAdjective(fold(first)) ||
      bodyWord ||
      PLACES.has(last)
    );
  if (bodyWord) return true;
  // Where every noun has a capital, a name followed by nouns is no longer name ("FBI Druck", "USA Justiz",
  // "Davos Messungen"): the word that says name must close the phrase ("Kanton Bern", "ETH Zürich", "Audi R8").
  const sayers = nounsCapitalised ? [surface.split(' ').at(-1) ?? ''] : [surface];
  const known = nounsCapitalised ? [last] : words;
  if (known.some((w) => PLACES.has(w) || ORGANIZATIONS.has(w) || (nounsCapitalised && PRODUCTS.has(w))))
    return true;
  return sayers.some((w) => /\p{Ll}\p{Lu}|\d|\p{Lu}{2}/u.test(w));
}

/**
 * Where nouns take capitals, a phrase written after a determiner or a number, opened by a word the text writes in
 * lower case too, or whose first word stands elsewhere ("Hühner Eier", "eine Prise Salz", "Kleine Ereignisse").
 */
function nounPhrase(g: EntityGroup, ev: TextEvidence): boolean {
  if (!NOUN_CAPITALISING.has(ev.lang)) return false;
  if (isNounPhrase(g.mentions) || !ev.solo) return true;
  const cues = ev.solo;
  const first = (k: string): string => k.split(' ')[0] ?? '';
  return [...g.keys].some(
    (k) =>
      ev.lower.has(first(k)) ||
      COUNT_WORDS.has(first(k)) ||
      NUMBER_WORDS.has(first(k)) ||
      isDeclinedAdjective(first(k), ev.lower) ||
      !opensOnlyThis(k, cues),
  );
}

/**
 * Names kept in a language read "names only": known places and organisations, acronyms used twice, proper
 * phrases seen inside sentences with a word that says name; and, where nouns are not capitalised, proper phrases
 * seen twice and single names the title repeats and the text capitalises inside sentences, never in lower case.
 */
export function isHighConfidence(g: EntityGroup, titleKey: string, ev: TextEvidence): boolean {
  const keys = [...g.keys];
  if (isFeastOnly(g) || nounNotCompany(g, ev.lang, ev.companies)) return false;
  if (keys.some((k) => isKnownHere(k, g, ev.names))) return true;
  // "Social Media", "Full HD": English words borrowed by the text's language, no name.
  if (keys.every(isLoanPhrase)) return false;
  const body = g.mentions.filter((m) => !m.headline);
  const mid = body.filter((m) => !m.initial);
  // « la empresa Montecon », "das Start-up Lumora": a word written after a company noun and again, never in lower
  // case nor, where nouns take capitals, after a determiner.
  if (isCompanyNamed(g, ev.companies) && body.length >= 2 && !keys.some((k) => ev.lower.has(k))) {
    if (!NOUN_CAPITALISING.has(ev.lang) || !isNounPhrase(g.mentions)) return true;
  }
  const surfaces = [...g.surfaces.keys()];
  if (isCountryCodeColumn(g)) return false;
  // An acronym used twice, alone or inside a longer name ("des BDZV", "Aktion des BDZV"), once at least inside a
  // sentence or in the title: a word alone on its lines, written "GOLES" and "Goles", is a heading shouted.
  const acronym = surfaces.some((s) => isAcronymLike(s) && /^\p{Lu}{3,6}$/u.test(s));
  if (
    acronym &&
    !keys.some((k) => ev.lower.has(k)) &&
    (mid.length > 0 || keys.some((k) => (ev.midCaps.get(k) ?? 0) > 0 || titleKey.includes(` ${k} `))) &&
    Math.max(body.length, ...keys.map((k) => ev.midCaps.get(k) ?? 0)) >= 2
  )
    return true;
  // "die Bundesagentur für Arbeit": a body's head noun and its remit, inside a sentence.
  if (mid.some((m) => namesGermanBody(m.surface))) return true;
  const phrases = mid.filter((m) => PROPER_PHRASE.test(m.surface));
  // A phrase the title names and a sentence repeats, or whose last word is reused alone; where nouns take capitals,
  // its first word must open only this phrase, as a given name does ("Hühner Eier" in a title is no name).
  if (phrases.length > 0 && !nounPhrase(g, ev)) {
    // "una nueva Constitución": a first word the text writes in lower case opens no name.
    if (keys.some((k) => isTitleNamed(k, mid, titleKey) && !ev.lower.has(k.split(' ')[0] ?? ''))) return true;
    const introduced = !NOUN_CAPITALISING.has(ev.lang) || introducedAsName(body, ev.lower);
    if (introduced && keys.some((k) => surnameReused(k, ev.solo, isRomance(ev.lang)))) return true;
  }
  // "Lena Hafner hat … Für Hafner …": a known given name is one at a sentence's start too, once its surname is
  // used alone (the surname's own key, merged in, is no phrase to test).
  const opened = body.filter((m) => m.initial && PROPER_PHRASE.test(m.surface));
  const full = keys.filter((k) => k.includes(' '));
  // "Lucía Arregui (San Sebastián, 1986) recibe …" under "Lucía Arregui, cocinera: …": a full name the title
  // writes, opened by a known given name, is the person the article presents.
  const given = (k: string): boolean => GIVEN_NAMES.has(k.split(' ')[0] ?? '');
  if (opened.length > 0 && full.some((k) => given(k) && titleKey.includes(` ${k} `))) return true;
  if (opened.some((m) => GIVEN_NAMES.has(nameKey(m.surface).split(' ')[0] ?? ''))) {
    const named = full.filter((k) => surnameReused(k, ev.solo, isRomance(ev.lang)));
    if (named.length > 0 && !nounPhrase({ ...g, keys: new Set(named) }, ev)) return true;
  }
  if (isListedWithCountry(body.filter((m) => PROPER_PHRASE.test(m.surface)))) return true;
  if (
    phrases.some((m) => hasNameEvidence(m.surface, body.length >= 2, NOUN_CAPITALISING.has(ev.lang))) &&
    !(NOUN_CAPITALISING.has(ev.lang) && keys.some((k) => isNounBeforeCode(k, g.mentions, ev.solo)))
  )
    return true;
  // Where every noun is capitalised, two nouns side by side twice prove nothing ("Hühner Eier").
  if (NOUN_CAPITALISING.has(ev.lang)) return false;
  // "la Fiscalía del Estado de Jalisco", "il Comune di Milano": a body's head noun and its complement, capitalised
  // inside a sentence where nouns are not.
  if (mid.some((m) => headsBodyName(m.surface))) return true;
  if (phrases.length >= 2) return true;
  if (keys.some((k) => k.includes(' '))) return false;
  const key = keys[0] ?? '';
  if (ev.lower.has(key)) return false;
  // "fábrica en Sagunto" in the title, "en Sagunto" and "Ayuntamiento de Sagunto" in the text: a longer name
  // whose complement is the word counts as a mention of it ("San Pedro Tlaquepaque" is another name's end).
  const complement = (n: string): boolean => {
    const ws = n.split(' ');
    return ws.at(-1) === key && COMPLEMENT_PARTICLES.has(ws.at(-2) ?? '');
  };
  if (isRecurringName(key, mid, ev.lang, ev.names)) return true;
  if (!titleKey.includes(` ${key} `)) return false;
  return mid.length >= 2 || (mid.length === 1 && [...(ev.names ?? [])].some(complement));
}
