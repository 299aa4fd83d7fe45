// A company named in full once ("Kestrel Semiconductor"), then by its own first word ("Kestrel rose 3%").
import { TRADE_LAST } from './company-words';
import { firstOffset } from './first-offset';
import { GIVEN_NAMES, isDemonymWord, ORG_WORDS, ORGANIZATIONS, PLACES } from './gazetteer';
import type { Mention } from './mention';
import { isPersonShaped } from './person-shape';
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

/**
 * The one name of two words each word alone opens whose last word names a trade or a legal form, when the full
 * name comes first: "Kestrel" for "Kestrel Semiconductor", « Serval » for « Serval Industries ». Not a place
 * ("Texas Instruments" is no "Texas"), a known organisation ("Google Health" is a part of "Google"), a given name,
 * a nationality, nor a word that opens two such names, nor a family's surname a person of the article bears when the
 * name is a family's shop ("Ferrante Bakery" beside "Nora Ferrante").
 */
export function companyShortNames(
  keys: readonly string[],
  byKey: ReadonlyMap<string, Mention[]>,
  places: ReadonlySet<string>,
): Map<string, string> {
  const byFirst = new Map<string, string[]>();
  for (const k of keys) {
    const ws = k.split(' ');
    if (ws.length === 2 && COMPANY_TAILS.has(ws[1] ?? ''))
      byFirst.set(ws[0] ?? '', [...(byFirst.get(ws[0] ?? '') ?? []), k]);
  }
  const out = new Map<string, string>();
  for (const [short, full] of byFirst) {
    const [name] = full;
    if (!name || full.length > 1 || !byKey.has(short)) continue;
    if (PLACES.has(short) || places.has(short) || ORGANIZATIONS.has(short) || ORG_WORDS.has(short)) continue;
    if (GIVEN_NAMES.has(short) || isDemonymWord(short)) continue;
    if (FAMILY_SHOPS.has(name.slice(short.length + 1)) && keys.some((k) => isFamilyMember(k, short)))
      continue;
    if (firstOffset(byKey.get(name)) < firstOffset(byKey.get(short))) out.set(short, name);
  }
  return out;
}

/**
 * Joins a word alone to the company name it is short for (see companyShortNames), unless another longer name
 * opening with the word ("Kestrel Capital" besides "Kestrel Semiconductor") leaves it unsure. A brand and one of
 * its products the text also names alone ("Kestrel Aarohi" and "the Aarohi") leave it sure.
 */
export function mergeCompanyShortNames(
  keys: readonly string[],
  shorts: ReadonlyMap<string, string>,
  uf: UnionFind,
): void {
  for (const [short, name] of shorts) {
    if (uf.find(short) !== short) continue;
    const present = new Set(keys);
    const product = (k: string): boolean => present.has(k.slice(short.length + 1));
    const rival = (k: string): boolean =>
      k !== name && k.startsWith(`${short} `) && uf.find(k) !== uf.find(name) && !product(k);
    if (keys.some(rival)) continue;
    uf.union(short, name);
  }
}
