// A company named in full once ("Kestrel Semiconductor"), then by its own first word ("Kestrel rose 3%").
import { TRADE_LAST } from './company-words';
import { bodyNounBefore } from './context-cues';
import { firstOffset } from './first-offset';
import {
  CLUB_LAST,
  EAST_ASIAN_SURNAMES,
  EVENT_WORDS,
  GIVEN_NAMES,
  isDemonymWord,
  isKnownName,
  MEDIA_WORDS,
  NOT_PERSON_WORDS,
  ORG_WORDS,
  ORGANIZATIONS,
  PLACE_WORDS,
  PLACES,
  VENUE_WORDS,
} from './gazetteer';
import { CONNECTORS } from './lexicon';
import type { Mention } from './mention';
import { isPersonShaped } from './person-shape';
import { isPluralName } from './plural-sides';
import type { UnionFind } from './union-find';

/** "Nora Ferrante" for "Ferrante": a person's full name ending with the surname. */
const isFamilyMember = (k: string, surname: string): boolean =>
  k.endsWith(` ${surname}`) && isPersonShaped(k);

// Shops a family runs under its own surname ("Ferrante Bakery"): the surname alone is the shop's only where no
// one of that family is named, else it names the person.
const FAMILY_SHOPS = new Set(
  'bakery bakeries boulangerie patisserie butchers butcher creamery dairy deli diner pizzeria trattoria winery pharmacy pharmacie'.split(
    ' ',
  ),
);

// Last words of a company's name besides trades: legal forms and groups ("Serval Industries", "Varda Group").
const COMPANY_TAILS = new Set([
  ...TRADE_LAST,
  ...'industries industrie group groupe holding holdings inc corp corporation ltd plc sa gmbh ag motors'.split(
    ' ',
  ),
  ...FAMILY_SHOPS,
]);

// Last words of names a town, a club, a venue, an event, a paper or a work takes from the word that opens them
// ("Bridgnorth Town Council", "Castres Olympique" aside): the word alone stays the place or the club's town.
const NOT_BODY_LAST = [
  PLACE_WORDS,
  NOT_PERSON_WORDS,
  VENUE_WORDS,
  EVENT_WORDS,
  MEDIA_WORDS,
  CLUB_LAST,
  ORG_WORDS,
];
// Words before a town, never before a company: "a plant in Brenmoor", « à Rezé », "I left Dellmoor".
const TOWN_BEFORE = new Set(['in', 'near', 'à', 'left', 'visited']);
// A body's own name is two or three words ("Voltara Mobility", "Meridian Health System").
const BODY_WORDS = 3;

/** A name of a trade or a legal form after a word of its own: "Kestrel Semiconductor", « Serval Industries ». */
const isTrade = (ws: readonly string[]): boolean => ws.length === 2 && COMPANY_TAILS.has(ws[1] ?? '');

/** The key names a trade or a legal form after a word of its own (see isTrade). */
export const isTradeName = (k: string): boolean => isTrade(k.split(' '));

// A number in a name makes a model, a chapter or a season ("Thunderbolt 3", "Chapter 11"), no body.
const DIGIT = /\d/;

/**
 * A body's name of two or three words of its own ("Voltara Mobility"): no connector, no number, no place's or
 * club's end, no plural (the "Roller Mills" of a town, "Rescue Dogs": things a word names, no body's own name).
 */
const isOwnName = (ws: readonly string[]): boolean =>
  ws.length >= 2 &&
  ws.length <= BODY_WORDS &&
  !ws.some((w) => CONNECTORS.has(w) || DIGIT.test(w)) &&
  !isPluralName(ws.at(-1) ?? '') &&
  !NOT_BODY_LAST.some((set) => set.has(ws.at(-1) ?? ''));

/**
 * A trade's name the text introduces by the kind of body it is (« le fabricant Kestrel Optics », "the firm Kestrel
 * Labs"): the word alone is the firm's even when written first, as a brand is (« une batterie Kestrel »).
 */
const introducedAsFirm = (k: string, byKey: ReadonlyMap<string, Mention[]>): boolean =>
  isTradeName(k) && (byKey.get(k) ?? []).some(bodyNounBefore);

/**
 * The one name each word alone opens whose full name comes first (or is introduced as a firm's, see above): "Kestrel" for "Kestrel Semiconductor" (a trade
 * or a legal form ends it), "Voltara" for "Voltara Mobility", "Meridian" for "Meridian Health System" (a name of
 * its own, no place's nor club's). Not a place ("Texas Instruments" is no "Texas"), a known organisation ("Google
 * Health" is a part of "Google"), a given name ("Will Smith"), a nationality, nor a word that opens two such names
 * before it is written alone, nor a family's surname a person of the article bears when the name is a family's
 * shop ("Ferrante Bakery" beside "Nora Ferrante"). Of a name of its own, not a known name either, nor a word
 * written after "in" or « à » (a town's name a body took).
 */
export function companyShortNames(
  keys: readonly string[],
  byKey: ReadonlyMap<string, Mention[]>,
  places: ReadonlySet<string>,
): Map<string, string> {
  const byFirst = new Map<string, string[]>();
  for (const k of keys) {
    const ws = k.split(' ');
    if (isTrade(ws) || isOwnName(ws)) byFirst.set(ws[0] ?? '', [...(byFirst.get(ws[0] ?? '') ?? []), k]);
  }
  const out = new Map<string, string>();
  for (const [short, names] of byFirst) {
    const alone = firstOffset(byKey.get(short));
    // Names written after the word alone are the body's parts ("Meridian Columbus Medical Center").
    // A trade's name says company more surely than a name of its own ("Kestrel Motors", "Kestrel Tarrow").
    const trades = names.filter(isTradeName);
    const full = (trades.length > 0 ? trades : names).filter(
      (k) => firstOffset(byKey.get(k)) < alone || introducedAsFirm(k, byKey),
    );
    const [name] = full;
    if (!name || full.length > 1 || !byKey.has(short)) continue;
    if (PLACES.has(short) || places.has(short) || ORGANIZATIONS.has(short) || ORG_WORDS.has(short)) continue;
    if (GIVEN_NAMES.has(short) || isDemonymWord(short)) continue;
    if (FAMILY_SHOPS.has(name.slice(short.length + 1)) && keys.some((k) => isFamilyMember(k, short)))
      continue;
    if (!isTradeName(name) && !shortOfOwnName(short, name, byKey)) continue;
    out.set(short, name);
  }
  return out;
}

/**
 * The group's name `k` is a body's the text shortens to its first word ("Meridian Health System", "Meridian"):
 * its other words are common ones the text also writes in lower case ("health", "system"), and a person is
 * shortened to the surname ("Harlow Kestrel" is "Harlow" only where "Harlow" is a given name). `lower`: folded
 * words → times written in lower case.
 */
export function shortenedToFirstWord(
  k: string,
  keys: readonly string[],
  lower: ReadonlyMap<string, number> | undefined,
): boolean {
  const [first = '', ...rest] = k.split(' ');
  if (rest.length === 0 || GIVEN_NAMES.has(first) || EAST_ASIAN_SURNAMES.has(first)) return false;
  if (!keys.includes(first) || keys.includes(rest.at(-1) ?? '')) return false;
  return rest.some((w) => (lower?.get(w) ?? 0) > 0);
}

/**
 * "Voltara" stands for "Voltara Mobility": the text introduces the body in full once, in a sentence, and names
 * it short after (a product a review names in full again and again, "Wyze Sense", is no short for its brand
 * "Wyze"). Not a known name, nor a town's ("in Voltara"); written inside a sentence once at least (a word opening
 * sentences only is as often a common one: "Drug", "Like"); and the rest of the name is no name the text writes
 * alone (a brand and its product: "Emacs Lisp" and "Lisp"), nor one hyphenated word.
 */
function shortOfOwnName(short: string, name: string, byKey: ReadonlyMap<string, Mention[]>): boolean {
  const ms = byKey.get(short) ?? [];
  if (isKnownName(short) || writtenAsTown(ms) || byKey.has(name.slice(short.length + 1))) return false;
  const full = byKey.get(name) ?? [];
  // « Loire-Atlantique » is one word of its own, no body named after « Loire ».
  if (full.length !== 1 || full.some((m) => m.headline || !/\s/u.test(m.surface))) return false;
  return ms.some((m) => !m.initial && !m.headline);
}

const writtenAsTown = (ms: readonly Mention[] | undefined): boolean =>
  (ms ?? []).some((m) => TOWN_BEFORE.has(m.before[0] ?? ''));

/**
 * Joins a word alone to the company name it is short for (see companyShortNames), unless another longer name
 * opening with the word ("Kestrel Capital" besides "Kestrel Semiconductor") leaves it unsure; a longer one still,
 * written after the word alone, names a part of the company ("Meridian Columbus Medical Center"). A brand
 * and one of its products the text also names alone ("Kestrel Aarohi" and "the Aarohi") leave it sure.
 */
export function mergeCompanyShortNames(
  keys: readonly string[],
  byKey: ReadonlyMap<string, Mention[]>,
  shorts: ReadonlyMap<string, string>,
  uf: UnionFind,
): void {
  const present = new Set(keys);
  for (const [short, name] of shorts) {
    if (uf.find(short) !== short) continue;
    const alone = firstOffset(byKey.get(short));
    const product = (k: string): boolean => present.has(k.slice(short.length + 1));
    const rival = (k: string): boolean =>
      k !== name &&
      k.startsWith(`${short} `) &&
      (firstOffset(byKey.get(k)) < alone || k.split(' ').length <= name.split(' ').length) &&
      uf.find(k) !== uf.find(name) &&
      !product(k);
    if (keys.some(rival)) continue;
    uf.union(short, name);
  }
}
