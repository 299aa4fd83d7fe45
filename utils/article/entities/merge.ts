import { mergeAcronymBranches } from './acronym-branches';
import { mergeAcronymWords } from './acronym-words';
import type { AcronymDefinition } from './acronyms';
import { aliasOf } from './aliases';
import { mergeArticleForms } from './article-particles';
import { writtenAsCompany, writtenWithArticle } from './articled-names';
import { mergeBodyPrefixes } from './body-prefixes';
import { mergeArticledHeads, mergePluralTails, mergeShortBodyNames } from './body-variants';
import { mergeBrandProducts, mergeMakerComplements } from './brand-products';
import { mergeClippedNames } from './clipped-names';
import { addCodeNumberBases } from './code-numbers';
import { companyShortNames, isTradeName, mergeCompanyShortNames } from './company-short-names';
import { mergeCountryBodies } from './country-bodies';
import { mergeDashedPlaces } from './dashed-places';
import { mergeFamilySurnames } from './family-surnames';
import { mergeFirstWordNames } from './first-word-names';
import { GIVEN_NAMES } from './gazetteer';
import { mergeSeasonCompounds } from './german-compounds';
import { type EntityGroup, makeGroup } from './group';
import { mergeHeadlinedSurnames } from './headline-surnames';
import type { Mention } from './mention';
import type { MergePass } from './merge-pass';
import { mergeCodeTails, mergeModelCodes } from './model-codes';
import { mergeNamedAliases } from './named-aliases';
import { nameKey } from './normalize';
import { mergeNumberedExtensions } from './numbered-extensions';
import { mergePartyMembers } from './party-members';
import { mergePersonVariants } from './person-variants';
import { mergePlaceBranches } from './place-branches';
import { mergePlaceShortNames } from './place-short-names';
import { placeNominative } from './polish-places';
import { mergePrizeHeads } from './prize-heads';
import { mergeQuotedNicknames } from './quoted-nicknames';
import { quotedWorksOnly } from './quoted-title-parts';
import { mergeSaintNames } from './saint-names';
import { mergeSecondSurnames } from './second-surnames';
import { mergeShortClubNames } from './short-club-names';
import { mergeSlavicCases } from './slavic-cases';
import { mergeSponsorTails } from './sponsor-tails';
import { mergeSurnameBrands } from './surname-brands';
import { toldAloneFirst, writtenBeforeFullNames } from './surname-order';
import { mergeTeamNicknames } from './team-nicknames';
import { mergeTownAdjectiveClubs } from './town-adjective-clubs';
import { mergeTownClubs, mergeTownClubsByNames } from './town-clubs';
import { UnionFind } from './union-find';
import { mergeUniversityTowns } from './university-towns';
import {
  mergeAcronymsByInitials,
  mergeBrandPrefixes,
  mergeInflections,
  mergeInstitutionHeads,
  mergeLegalForms,
  mergeMediaSites,
  mergeModelTails,
  mergePartsOfNames,
  mergePlurals,
  mergeReordered,
  placesNamedByHeads,
} from './variants';
import { mergeStormNames } from './weather-systems';

/**
 * Groups mentions into entities, merging only true variants: same key (case, accents, elision, possessive),
 * known aliases ("U.S." and "United States"), acronym and definition, acronym and a name with those initials,
 * surname and full name, given name and full name, a model and its number ("Max", "737 Max"), a medium and its
 * site, a company's name with and without its legal form, a full name and the same with a second surname (unless
 * `nounsCapitalised`: see mergeSecondSurnames); and, in a language read "names only" (`namesOnly`: it may decline
 * names and capitalise nouns), one name declined ("Deutsche Bahn", "Deutschen Bahn"), and a surname only with a
 * full name that opens with a given name; and where names decline by endings (`slavic`), a word that is another
 * name's last word declined ("Flasha", "Путина": see slavic-cases.ts).
 */
export function groupMentions(
  mentions: Mention[],
  definitions: AcronymDefinition[],
  namesOnly = false,
  titleNames: ReadonlyMap<string, string> = new Map(),
  nounsCapitalised = false,
  slavic = false,
  lower: ReadonlyMap<string, number> = new Map(),
): EntityGroup[] {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    // "w Polsce", "z Rosją": a known place declined is the place as written alone (see asWrittenAlone).
    const key = nameKey(slavic ? placeNominative(m.surface) : m.surface);
    if (!key) continue;
    const list = byKey.get(key);
    if (list) list.push(m);
    else byKey.set(key, [m]);
  }
  const uf = new UnionFind();
  // A full name the title writes joins its parts written apart in the text, as if the text wrote it once.
  const keys = [...byKey.keys(), ...[...titleNames.keys()].filter((k) => !byKey.has(k))];
  addCodeNumberBases(keys, uf);
  // "Oscar" stands for the awards, not where "Oscar Dellow" is named.
  // Read once per key: a key whose alias is not written looks through every key's alias.
  const aliases = keys.map((k) => (opensFullName(k, keys) ? undefined : aliasOf(k)));
  for (const [i, k] of keys.entries()) {
    const alias = aliases[i];
    if (alias && byKey.has(alias)) uf.union(k, alias);
    else if (alias) for (const [j, other] of keys.entries()) if (aliases[j] === alias) uf.union(k, other);
  }
  // "McDonald’s" owning nothing ("at McDonald’s.") and "McDonald’s menu", its possessive stripped.
  for (const k of keys) if (k.endsWith(' s') && byKey.has(k.slice(0, -2))) uf.union(k, k.slice(0, -2));
  for (const d of definitions) uf.union(nameKey(d.acronym), nameKey(d.definition.surface));
  // The passes of one shape (merge-pass.ts) read the same keys and mentions and join in the same sets.
  const run = (pass: MergePass): void => pass(keys, byKey, uf);
  run(mergeArticleForms);
  run(mergeNamedAliases);
  run(mergeQuotedNicknames);
  run(mergeAcronymsByInitials);
  run(mergeStormNames);
  mergePersonVariants(keys, uf);
  // A hyphenated word or a quoted title is no person's full name: no part of it is a surname.
  const compounds = new Set([...hyphenatedOnly(byKey), ...quotedWorksOnly(byKey)]);
  // Where nouns take capitals, the word after a name is as often a noun ("Anna Berger Auskunft").
  if (!nounsCapitalised) mergeSecondSurnames(keys, uf, compounds);
  const places = writtenAsPlaces(byKey);
  // « Serval » after « Serval Industries » is the company's short name, though « Bernard Serval » founded it.
  const shorts = namesOnly ? new Map<string, string>() : companyShortNames(keys, byKey, places);
  mergePartsOfNames(keys, uf, namesOnly, compounds, {
    articled: writtenWithArticle(byKey),
    // A short name of its own may be a given name too ("Harlow" of "Harlow Kestrel"): only a trade's says company.
    companies: new Set([
      ...writtenAsCompany(byKey),
      ...[...shorts].filter(([, n]) => isTradeName(n)).map(([s]) => s),
    ]),
    earlier: writtenBeforeFullNames(byKey),
    lower,
    toldAlone: toldAloneFirst(byKey, titleNames.keys()),
    places: placesNamedByHeads(keys),
  });
  mergeHeadlinedSurnames(keys, uf, titleNames);
  if (!namesOnly) mergeFirstWordNames(keys, byKey, uf, lower);
  if (!namesOnly) run(mergeSurnameBrands);
  if (!namesOnly) run(mergeFamilySurnames);
  if (!namesOnly) run(mergeShortBodyNames);
  if (!namesOnly) run(mergeArticledHeads);
  if (!namesOnly) run(mergePluralTails);
  if (!namesOnly) run(mergePartyMembers);
  if (!namesOnly) run(mergeSaintNames);
  if (!namesOnly) mergeDashedPlaces(keys, byKey, uf, places);
  mergeLegalForms(keys, uf, places);
  mergeCompanyShortNames(keys, byKey, shorts, uf);
  if (!namesOnly) run(mergePlaceShortNames);
  if (!namesOnly) run(mergeSponsorTails);
  if (!namesOnly) mergeTeamNicknames(keys, uf);
  run(namesOnly ? mergeTownClubsByNames : mergeTownClubs);
  if (!namesOnly) run(mergeTownAdjectiveClubs);
  mergeInstitutionHeads(keys, uf);
  run(mergeCountryBodies);
  run(mergeUniversityTowns);
  mergeBodyPrefixes(keys, uf);
  run(mergeAcronymBranches);
  if (!namesOnly) run(mergePlaceBranches);
  mergeBrandPrefixes(keys, uf, compounds);
  if (!namesOnly) mergeBrandProducts(keys, byKey, uf, places);
  if (!namesOnly) mergeMakerComplements(keys, byKey, uf, places);
  mergeReordered(keys, uf);
  mergeModelTails(keys, uf);
  mergeNumberedExtensions(keys, uf);
  mergeModelCodes(keys, uf);
  mergeCodeTails(keys, uf);
  mergePrizeHeads(keys, uf);
  if (namesOnly) mergeInflections(keys, uf);
  if (nounsCapitalised) mergeSeasonCompounds(keys, uf);
  else mergePlurals(keys, uf);
  if (!namesOnly) run(mergeClippedNames);
  if (!namesOnly) run(mergeShortClubNames);
  run(mergeAcronymWords);
  if (slavic) mergeSlavicCases(keys, uf);
  mergeMediaSites(keys, uf);
  const groups = new Map<string, string[]>();
  for (const k of keys) {
    const root = uf.find(k);
    const list = groups.get(root);
    if (list) list.push(k);
    else groups.set(root, [k]);
  }
  return [...groups.values()]
    .map((ks) =>
      withTitleSurfaces(
        makeGroup(
          ks,
          ks.flatMap((k) => byKey.get(k) ?? []),
        ),
        titleNames,
      ),
    )
    .filter((g) => g.mentions.length > 0)
    .map((g) => (slavic ? asWrittenAlone(g) : g));
}

/**
 * A group of declined places shown as the place is written alone ("Polsce" → "Polska"); its keys keep the forms
 * as written, which a title may use ("w Polsce").
 */
function asWrittenAlone(g: EntityGroup): EntityGroup {
  const surfaces = new Map<string, number>();
  for (const [s, n] of g.surfaces) {
    const shown = placeNominative(s);
    surfaces.set(shown, (surfaces.get(shown) ?? 0) + n);
  }
  for (const m of g.mentions) g.keys.add(nameKey(m.surface));
  return { ...g, surfaces };
}

/** A given name that opens another key of the article: a person's ("Oscar" in "Oscar Dellow"). */
const opensFullName = (k: string, keys: readonly string[]): boolean =>
  GIVEN_NAMES.has(k) && keys.some((f) => f.startsWith(`${k} `));

/** The title's form of the name among the group's surfaces (written 0 times in the text), to be shown. */
function withTitleSurfaces(g: EntityGroup, titleNames: ReadonlyMap<string, string>): EntityGroup {
  for (const k of g.keys) {
    const surface = titleNames.get(k);
    if (surface && !g.surfaces.has(surface)) g.surfaces.set(surface, 0);
  }
  return g;
}

/**
 * Keys of names always written as one word joined by hyphens ("Seine-Saint-Denis", "Bordeaux-Bègles"): a person's
 * full name is written in words apart ("Louis Bielle-Biarrey").
 */
function hyphenatedOnly(byKey: ReadonlyMap<string, Mention[]>): Set<string> {
  const out = new Set<string>();
  for (const [k, ms] of byKey) if (ms.every((m) => /^[^\s-]+(?:-[^\s-]+)+$/u.test(m.surface))) out.add(k);
  return out;
}

// Prepositions before a place, never before a company ("in Wuxi", "near Cookeville").
const LOCATIVES = new Set(['in', 'near']);
// What one owns "in" a company, not a place: "shares in Kestrel", "a stake in Kestrel".
const HOLDINGS = new Set(['shares', 'stake', 'stakes', 'holding', 'holdings', 'investment', 'investments']);

const placed = (m: Mention): boolean =>
  LOCATIVES.has(m.before[0] ?? '') && !(m.before[0] === 'in' && HOLDINGS.has(m.before[1] ?? ''));

/** Keys of one word written after "in" or "near" somewhere, unless owned ("shares in"): places. */
function writtenAsPlaces(byKey: ReadonlyMap<string, Mention[]>): Set<string> {
  const out = new Set<string>();
  for (const [k, ms] of byKey) {
    if (!k.includes(' ') && ms.some(placed)) out.add(k);
  }
  return out;
}
