import { frenchForms } from './gazetteer';
import { ENGLISH_COUNTRIES, FRENCH_COUNTRIES } from './gazetteer/nationality-countries';
import { keys } from './gazetteer/set';
import type { EntityGroup } from './group';
import { foldWord } from './normalize';
import type { Token } from './tokenize';

/**
 * Continents and world regions, folded: a story set in Europe is rarely about Europe ("des comptes en Europe
 * occidentale", "shares fell across Asia"); the countries, people and bodies it names come first.
 */
const BROAD_REGIONS = keys(`africa|afrique|asia|asie|europe|oceania|oceanie|americas|
ameriques|north america|amerique du nord|south america|amerique du sud|latin america|amerique latine|
central america|amerique centrale|eastern europe|europe de l est|western europe|europe occidentale|
europe de l ouest|central europe|europe centrale|east asia|southeast asia|asie du sud est|central asia|
asie centrale|middle east|moyen orient|proche orient|near east|far east|extreme orient|occident|orient|
scandinavia|scandinavie|balkans|maghreb|sahel`);

/** A continent or world region: where a story happens, seldom what it is about. */
export const isBroadRegion = (key: string): boolean => BROAD_REGIONS.has(key);

/**
 * Mostly named in brackets after another name: "Moser (Italie)", "Gmuenden (Autriche)", "Jo Hale (Labour)". It
 * qualifies that name (a rider's country, a town's country, an MP's party) rather than being a subject.
 */
export function qualifiesNames(g: EntityGroup): boolean {
  const bracketed = g.mentions.filter((m) => m.before[0] === '(' && m.after[0] === ')').length;
  return 2 * bracketed > g.mentions.length;
}

/**
 * Mostly written as the first word of a longer name ("U.S. Attorney", "UK Border Force") or glued to a participle
 * ("the Newcastle-based insurer", "the Lyon-born singer"): the office, body or person is what the article is
 * about; the place only says whose it is, or where they are from.
 */
export function modifiesNames(g: EntityGroup, tokens: readonly Token[]): boolean {
  const before = g.mentions.filter((m) => {
    if (m.tail !== undefined) return true;
    const next = tokens[m.to];
    if (m.headline || !next?.isWord || !next.capital) return false;
    return !next.initial && !next.headline && next.line === tokens[m.from]?.line;
  }).length;
  return 2 * before > g.mentions.length;
}

/**
 * Keys of the countries a title names through an adjective: "Chinese hackers" names China, « des hackers
 * chinois » la Chine. In French only the adjective counts, written in lower case: « les Français » are people,
 * not their country.
 */
export function countriesByAdjective(title: string): Set<string> {
  const found = new Set<string>();
  for (const w of title.match(/\p{L}+/gu) ?? []) {
    const folded = foldWord(w);
    const lower = w === w.toLowerCase();
    const countries = lower
      ? frenchForms(folded).map((f) => FRENCH_COUNTRIES.get(f))
      : [ENGLISH_COUNTRIES.get(folded)];
    for (const set of countries) for (const k of set ?? []) found.add(k);
  }
  return found;
}
