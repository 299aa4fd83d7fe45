// The ways two names of one entity differ: initials, surname or given name alone, word order, a brand or a
// particle before, a legal form or a place word around. Each rule unions keys of `keys` that are true variants.

import { isAcronymLike } from './acronyms';
import { aliasOf } from './aliases';
import { opensWithCommonWord } from './common-word-openers';
import { closesCompany } from './company-words';
import { afterCountryLetters, isBodyName } from './country-acronyms';
import { namesItsFeature } from './feature-places';
import {
  EAST_ASIAN_SURNAMES,
  GIVEN_NAMES,
  isDemonymWord,
  MEDIA,
  NOT_PERSON_WORDS,
  ORG_WORDS,
  ORGANIZATIONS,
  PLACE_WORDS,
  PLACES,
} from './gazetteer';
import { lawOfYear } from './law-names';
import { CONNECTORS } from './lexicon';
import { LOWER_HEADS } from './lower-heads';
import type { Mention } from './mention';
import type { MergePass } from './merge-pass';
import { foldWord } from './normalize';
import { isPersonShaped } from './person-shape';
import { givenNamesBeforeParticles, withoutNameSuffix } from './person-variants';
import type { UnionFind } from './union-find';
import { byWordSuffix } from './word-suffixes';

const words = (key: string): string[] => key.split(' ');

/** "DHS" alone joins "Department of Homeland Security" when exactly one name has those initials. */
export const mergeAcronymsByInitials: MergePass = (keys, byKey, uf) => {
  const byInitials = new Map<string, string[]>();
  const add = (initials: string, f: string): void => {
    const list = byInitials.get(initials) ?? [];
    if (!list.includes(f)) byInitials.set(initials, [...list, f]);
  };
  for (const f of keys) {
    // "UK's" (key "uk s") is a possessive, not two words whose initials spell "US".
    if (!f.includes(' ') || f.endsWith(' s')) continue;
    const ws = words(f).filter((w) => !CONNECTORS.has(w));
    const initials = ws.map((w) => w[0]).join('');
    add(initials, f);
    // "FDA" for the "US Food and Drug Administration": a country's name before a body's is no part of its initials.
    if (ws.length > 2 && PLACES.has(ws[0] ?? '') && ORG_WORDS.has(ws.at(-1) ?? '')) add(initials.slice(1), f);
    for (const other of writtenInitials(byKey.get(f) ?? [])) add(other, f);
  }
  // "USDA" for the "Department of Agriculture": the body's initials after its country's letters.
  const bodyAfterCountry = (k: string): string[] | undefined => {
    const rest = afterCountryLetters(k);
    return rest ? byInitials.get(rest)?.filter(isBodyName) : undefined;
  };
  for (const k of keys) {
    // An acronym is one word, and so is its key: a key of several words has none to look at.
    if (k.includes(' ') || uf.find(k) !== k) continue;
    const acronyms = byKey.get(k)?.filter((m) => isAcronymLike(m.surface)) ?? [];
    if (acronyms.length === 0) continue;
    // A plural acronym ("AMAs", "NFTs") stands for the singular name.
    const plural = acronyms.some((m) => /\p{Lu}s$/u.test(m.surface));
    const hits =
      byInitials.get(k) ?? (plural ? byInitials.get(k.slice(0, -1)) : undefined) ?? bodyAfterCountry(k);
    const hit = hits?.length === 1 ? hits[0] : undefined;
    // Two names known to stand for different things (aliases.ts: "US", "United Kingdom") never join; an acronym
    // known to stand for something ("US" for "United States") joins another name with its initials ("Europäische
    // Union" for "EU", not "University of Staffordshire") only where the two are written near each other.
    const [ours, theirs] = [aliasOf(k), hit && aliasOf(hit)];
    if (!hit || (ours && theirs && ours !== theirs)) continue;
    if (ours && !theirs && !sameWords(ours, hit) && !writtenNear(acronyms, byKey.get(hit) ?? [])) continue;
    uf.union(k, hit);
  }
};

// "and" in a body's name, in the languages whose acronyms are read here.
const AND_WORDS = new Set(['and', 'et', '&']);
// Fewer capitalised words before "and" are no body's old name ("Food and Drug Administration" is "FDA").
const MIN_WORDS_BEFORE_AND = 3;

const OPENS_CAPITAL = /^\p{Lu}/u;

/**
 * Other initials a name's capitalised words spell as written, connectors aside ("The Verge" is no "TV"): a
 * function word outside the connectors list is written in lower case and skipped ("Advisory Committee on Immunization Practices" is "ACIP"), and a remit
 * widened after the acronym was coined keeps the letters of the words before "and" ("Centers for Disease Control
 * and Prevention" is "CDC", as « Centre national du cinéma et de l’image animée » is « CNC »).
 */
function writtenInitials(ms: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const surface of new Set(ms.map((m) => m.surface))) {
    const ws = surface.split(/\s+/);
    const capitals = (list: string[]): string => {
      let out = '';
      for (const w of list) {
        if (!OPENS_CAPITAL.test(w)) continue;
        const folded = foldWord(w);
        if (!CONNECTORS.has(folded)) out += folded[0] ?? '';
      }
      return out;
    };
    const all = capitals(ws);
    if (all.length >= 2) out.add(all);
    const and = ws.findIndex((w) => AND_WORDS.has(w.toLowerCase()));
    const before = and > 0 ? capitals(ws.slice(0, and)) : '';
    if (before.length >= MIN_WORDS_BEFORE_AND) out.add(before);
  }
  return out;
}

// Sentences apart that still read as one passage: an acronym and the name it stands for are written so.
const NEAR_SENTENCES = 1;

/**
 * `key` says `known` in another language, word for word ("europaische union", "european union"): the words of
 * both, without connectors, open alike (four letters; "university of staffordshire" is no "united states").
 */
function sameWords(known: string, key: string): boolean {
  const stems = (k: string): string[] =>
    words(k)
      .filter((w) => !CONNECTORS.has(w))
      .map((w) => w.slice(0, 4));
  const [a, b] = [stems(known), stems(key)];
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** A mention of `a` and one of `b` stand within NEAR_SENTENCES sentences of each other. */
const writtenNear = (a: readonly Mention[], b: readonly Mention[]): boolean =>
  a.some((m) => b.some((n) => Math.abs(m.sentence - n.sentence) <= NEAR_SENTENCES));

/** One-word names that are no surname: see articled-names. */
export interface NotSurnames {
  articled: ReadonlySet<string>;
  companies: ReadonlySet<string>;
  /** Full names each word is written alone before: see writtenBeforeFullNames. */
  earlier?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Folded words → times the text writes them in lower case (see opensWithCommonWord). */
  lower?: ReadonlyMap<string, number>;
  /** Words written alone several times before any name they open: see toldAloneFirst. */
  toldAlone?: ReadonlySet<string>;
  /** Names the text writes after a place's word: see placesNamedByHeads. */
  places?: ReadonlySet<string>;
}

// Connectors between a place's word and its name: « Ville de Saguenay », "City of Arnley".
const PLACE_LINKS = new Set(['de', 'du', 'd', 'of']);

/**
 * Names another key writes after a place's word and a connector (« Ville de Corvigny », "City of Arnley"): the
 * text says they are places, so no surname of a person or a firm's last word ("Promotion Corvigny").
 */
export function placesNamedByHeads(keys: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const k of keys) {
    const [head = '', link = '', ...rest] = words(k);
    if (rest.length > 0 && PLACE_WORDS.has(head) && PLACE_LINKS.has(link)) out.add(rest.join(' '));
  }
  return out;
}

/**
 * "Simmons" (or "Eriksson Ek") joins "Phil Simmons" (or "Joel Eriksson Ek") when one person-like full name ends
 * with it; "Marsha" joins "Marsha P. Johnson", and "Yoon" joins "Yoon Suk Yeol", when one full name starts with
 * that given name (or family name written first) and none ends with it. `notSurnames`: words the text writes
 * after « le », « la », « les » (joined to no name through particles) or after « éditions », « groupe »...
 * (joined to none).
 */
export function mergePartsOfNames(
  keys: string[],
  uf: UnionFind,
  givenNameFirst = false,
  compounds: ReadonlySet<string> = new Set(),
  notSurnames: NotSurnames = { articled: new Set(), companies: new Set() },
): void {
  const { articled, companies, earlier, lower, toldAlone, places } = notSurnames;
  // Read "names only", a capitalised noun is no surname: "Unternehmen" is not short for "Kommunale Unternehmen".
  // A name written as one hyphenated word is no person's full name ("Seine-Saint-Denis" does not end with the
  // surname "Saint-Denis"; see hyphenatedOnly).
  const full = keys.filter(
    (k) =>
      !compounds.has(k) &&
      isPersonShaped(withoutNameSuffix(k)) &&
      (!givenNameFirst || GIVEN_NAMES.has(words(k)[0] ?? '')),
  );
  // "Eubank Jr" ends "Chris Eubank Jr", "Carlineo" ends "Patrick Carlineo Jr" but for the suffix.
  const asWritten = byWordSuffix(full);
  const unsuffixed = byWordSuffix(full, withoutNameSuffix);
  const allBySuffix = givenNameFirst ? new Map<string, string[]>() : byWordSuffix(keys);
  const ending = (k: string) =>
    [
      ...new Set([...(asWritten.get(k) ?? []), ...(unsuffixed.get(k) ?? [])]),
      // Read "names only", a capitalised noun before a preposition is no given name ("Studie von Ebiquity"); a
      // word written « le Finistère » is no surname (« Samu du Finistère » is a body and its place).
      ...(givenNameFirst || articled.has(k) ? [] : givenNamesBeforeParticles(k, allBySuffix.get(k) ?? [])),
    ].filter((f) => !earlier?.get(k)?.has(f));
  const firstOf = new Map<string, string[]>();
  for (const f of full) firstOf.set(words(f)[0] ?? '', [...(firstOf.get(words(f)[0] ?? '') ?? []), f]);
  // Words that open a name of several words ("Leicester" of "Leicester City Council").
  const openers = new Set(keys.filter((f) => f.includes(' ')).map((f) => f.slice(0, f.indexOf(' '))));
  for (const k of keys) {
    // "Van Der Beek" and "de la Raudière" are surnames of three words.
    const particles = SURNAME_PARTICLES.has(words(k)[0] ?? '') ? 2 : 0;
    if (
      PLACES.has(k) ||
      ORGANIZATIONS.has(k) ||
      companies.has(k) ||
      places?.has(k) ||
      words(k).length > 2 + particles
    )
      continue;
    // "the Bill", "the Act": the head noun alone stands for the one named bill or act of the article.
    if (NOT_PERSON_WORDS.has(k)) {
      const headed = keys.filter((f) => f !== k && (f.endsWith(` ${k}`) || lawOfYear(f, k)));
      if (headed.length === 1 && headed[0]) uf.union(k, headed[0]);
      continue;
    }
    const bySurname = withoutCommonOpeners(ending(k), uf, lower, openers.has(k));
    // "Carlineo" and "Patrick Carlineo Jr", "Pat Carlineo": several names already found to be one person.
    if (bySurname[0] && new Set(bySurname.map((f) => uf.find(f))).size === 1) {
      uf.union(k, bySurname[0]);
      continue;
    }
    if (k.includes(' ') || bySurname.length > 0) continue;
    // A word told alone many times before a longer name opens with it is a name of its own (« Rezé », then
    // « Rezé Château-Pirmil »), unless it is a given name ("Marsha", then "Marsha P. Johnson").
    if (toldAlone?.has(k) && !GIVEN_NAMES.has(k)) continue;
    // A family name written first is one short syllable ("Yoon Suk Yeol", "Kim Jong Un"); a long word opening
    // three is a place naming a business ("Cookeville Roller Mills") unless a given name follows it ("Kaurinui
    // Robert Parata").
    const byFirst = (firstOf.get(k) ?? []).filter(
      (f) =>
        GIVEN_NAMES.has(k) ||
        // "Mekhi" for "Mekhi Gbedey" beside "Khaleel Gbedey": where a family is named, a word opening one
        // member's full name is that member's given name.
        (words(f).length === 2 && sharesSurname(f, full)) ||
        // "Xiao" for "Xiao Qiang": a common East Asian family name, written first.
        (words(f).length === 2 && EAST_ASIAN_SURNAMES.has(k)) ||
        (words(f).length === 3 && (k.length <= FAMILY_NAME_FIRST_MAX || GIVEN_NAMES.has(words(f)[1] ?? ''))),
    );
    if (byFirst.length === 1 && byFirst[0]) uf.union(k, byFirst[0]);
  }
}

const FAMILY_NAME_FIRST_MAX = 6;

/**
 * Where a surname ends names of several people, those opened by an ordinary word ("Boycott Nixon" beside
 * "Richard Nixon") are none of them. Where it ends one so opened and opens other names itself ("First Leicester"
 * buses beside "Leicester City Council", and "the first crew"), it is a town's name, no surname: none.
 */
function withoutCommonOpeners(
  names: string[],
  uf: UnionFind,
  lower: ReadonlyMap<string, number> | undefined,
  opensNames: boolean,
): string[] {
  if (!lower) return names;
  const kept = names.filter((f) => !opensWithCommonWord(f, lower));
  if (new Set(names.map((f) => uf.find(f))).size < 2) return opensNames ? kept : names;
  return kept.length > 0 ? kept : names;
}

/**
 * Another person of the article, named with a known given name, has the surname of `f` ("Camille Gbedey" for
 * "Mekhi Gbedey"; "Guide Dogs" makes no family of "Assistance Dogs").
 */
function sharesSurname(f: string, full: readonly string[]): boolean {
  const [given, surname] = words(f);
  return full.some((o) => {
    const first = words(o)[0] ?? '';
    return o !== f && o.endsWith(` ${surname}`) && first !== given && GIVEN_NAMES.has(first);
  });
}

/** "CGT Info’Com" joins "Info’Com-CGT": the same words in another order. */
export function mergeReordered(keys: string[], uf: UnionFind): void {
  const bySorted = new Map<string, string>();
  for (const k of keys) {
    if (!k.includes(' ')) continue;
    const sorted = words(k).sort().join(' ');
    const seen = bySorted.get(sorted);
    if (seen) uf.union(k, seen);
    else bySorted.set(sorted, k);
  }
}

const SURNAME_PARTICLES = new Set(['de', 'du', 'van', 'von', 'da', 'di', 'del']);

/**
 * "Apple Vision Pro" joins "Vision Pro" (a brand before one of its products the article also names alone), and
 * "de Bismarck" joins "Bismarck". A particle is written apart from its surname: in a name always written as one
 * hyphenated word (`compounds`, see hyphenatedOnly) the letters are an acronym's ("DE-SNS", a directorate of the
 * "SNS", is no "de SNS").
 */
export function mergeBrandPrefixes(
  keys: string[],
  uf: UnionFind,
  compounds: ReadonlySet<string> = new Set(),
): void {
  const present = new Set(keys);
  for (const k of keys) {
    const [first = '', ...rest] = words(k);
    // "ETH Zürich", "HSBC France": a known body before a known place names the body there, not a product.
    const brand = ORGANIZATIONS.has(first) && !PLACES.has(rest.join(' '));
    const known = brand || (SURNAME_PARTICLES.has(first) && !compounds.has(k));
    if (rest.length > 0 && known && present.has(rest.join(' '))) uf.union(k, rest.join(' '));
  }
}

// Words that qualify a name without making another entity of it: legal forms, "Group", "Finals".
const LEGAL_FORMS = new Set(
  `inc corp corporation co company ltd llc plc sa sas gmbh ag nv bv spa holdings holding group groupe airline
  airlines airways finals final`.split(/\s+/),
);

/**
 * "Alibaba Group", "Emirates Airline", "Boeing Co." and "Davis Cup Finals" join "Alibaba", "Emirates", "Boeing"
 * and "Davis Cup", "Team Vitality" "Vitality"; "Nordhaven Robotics Inc" joins "Nordhaven", unless `places` (keys written as places) has it.
 */
export function mergeLegalForms(
  keys: string[],
  uf: UnionFind,
  places: ReadonlySet<string> = new Set(),
): void {
  const present = new Set(keys);
  for (const k of keys) {
    const ws = words(k);
    // "Team Vitality" joins "Vitality": a team named with its form before; "USA" is no short "Team USA".
    const named = ws.slice(1).join(' ');
    if (ws[0] === 'team' && present.has(named) && !PLACES.has(named) && !places.has(named))
      uf.union(k, named);
    let n = ws.length;
    while (n > 1 && LEGAL_FORMS.has(ws[n - 1] ?? '')) n--;
    if (n === ws.length) continue;
    const short = ws.slice(0, n).join(' ');
    if (present.has(short)) uf.union(k, short);
    // "Southern Cross Insurance Group", then "Southern Cross": the trade before the legal form goes too.
    const bare = ws.slice(0, n - 1).join(' ');
    if (n > 2 && closesCompany(ws[n - 1] ?? '') && present.has(bare) && !places.has(bare)) uf.union(k, bare);
    // "Nordhaven Robotics Inc" and later "Nordhaven": a company's legal name first, its short name after (also
    // when the name without its legal form is written too: "Continental Illinois").
    const first = ws[0] ?? '';
    // A place the text names alone ("a factory in Wuxi") is not short for a company named after it.
    const place = PLACES.has(first) || places.has(first);
    if (n > 1 && present.has(first) && !place && !isDemonymWord(first) && !ORG_WORDS.has(first))
      uf.union(k, first);
  }
}

const COUNCILS = new Map([
  ['regional', 'region'],
  ['departemental', 'departement'],
]);

/** A body's name ending in another body's word ("Senate Commerce Committee"), not a legal form ("Bank Corp"). */
function namesPart(key: string): boolean {
  const last = words(key).at(-1) ?? '';
  return ORG_WORDS.has(last) && !LEGAL_FORMS.has(last);
}

/**
 * "l’Assemblée" joins "Assemblée nationale" when one name of the article starts with that head word; "Stadt
 * Hamburg" and "Kanton Zürich" join "Hamburg" and "Zürich".
 */
export function mergeInstitutionHeads(keys: string[], uf: UnionFind): void {
  const present = new Set(keys);
  // Each key's words, split once for the four passes below.
  const split = keys.map((k) => [k, words(k)] as const);
  for (const [k, ws] of split) {
    const [head = '', ...rest] = ws;
    if (rest.length > 0 && PLACE_WORDS.has(head) && present.has(rest.join(' '))) uf.union(k, rest.join(' '));
  }
  // "ministère des Affaires étrangères" and "Affaires étrangères" (after "le ministre des").
  for (const [k, ws] of split) {
    const [head = '', ...rest] = ws;
    while (rest.length > 1 && CONNECTORS.has(rest[0] ?? '')) rest.shift();
    if ((LOWER_HEADS.has(head) || namesItsFeature(head)) && present.has(rest.join(' ')))
      uf.union(k, rest.join(' '));
  }
  // « conseil régional d’Occitanie » is « la Région Occitanie », « conseil départemental du Var » « le Département
  // du Var »; the place alone stays apart.
  for (const [k, ws] of split) {
    const [head = '', kind = '', ...rest] = ws;
    const body = head === 'conseil' ? COUNCILS.get(kind) : undefined;
    if (!body) continue;
    while (rest.length > 1 && CONNECTORS.has(rest[0] ?? '')) rest.shift();
    for (const alt of [`${body} ${rest.join(' ')}`, `${body} ${ws.slice(2).join(' ')}`])
      if (present.has(alt)) uf.union(k, alt);
  }
  const byHead = new Map<string, string[]>();
  for (const [k, ws] of split) {
    const head = ws[0] ?? '';
    if (k.includes(' ') && ORG_WORDS.has(head)) byHead.set(head, [...(byHead.get(head) ?? []), k]);
  }
  for (const k of keys) {
    // "Senate" is no "Senate Commerce Committee": a name ending in another body's word names a part of it.
    const hits = k.includes(' ') ? undefined : byHead.get(k)?.filter((h) => !namesPart(h));
    const hit = hits?.length === 1 ? hits[0] : undefined;
    // Two names known to stand for different things (aliases.ts: "US", "United Kingdom") never join.
    const [ours, theirs] = [aliasOf(k), hit && aliasOf(hit)];
    if (hit && !(ours && theirs && ours !== theirs)) uf.union(k, hit);
  }
}

/** "Max" joins "737 Max" (or "Boeing 737 Max"): the words after a model number name the model alone. */
export function mergeModelTails(keys: string[], uf: UnionFind): void {
  const byTail = new Map<string, string[]>();
  for (const k of keys) {
    const tail = /(?:^| )\d+ (\D+)$/.exec(k)?.[1];
    if (tail) byTail.set(tail, [...(byTail.get(tail) ?? []), k]);
  }
  for (const k of keys) {
    const hits = byTail.get(k) ?? [];
    if (!hits[0]) continue;
    // A tail that also ends another name ("Pro": "iPhone 11 Pro" and "MacBook Pro"), or already stands for one,
    // names neither for sure: joining it would chain two products into one.
    const others = keys.some((o) => o.endsWith(` ${k}`) && !hits.includes(o));
    if (others || uf.find(k) !== k) continue;
    // "Boeing 737 Max" and "737 Max" are one model already (mergeBrandPrefixes runs first).
    if (new Set(hits.map((h) => uf.find(h))).size === 1) uf.union(k, hits[0]);
  }
}

// Case endings differ by a few letters at the end of each word: German adjectives and genitives ("Evangelische",
// "Evangelischen", "des Ratsgymnasiums"), Slavic cases ("Wielka Brytania", "Wielkiej Brytanii"; "Владимир
// Путин", "Владимира Путина"). Short words keep theirs ("River" is not "Riv").
const MIN_STEM = 4;
const MAX_ENDING = 3;

function sameButEnding(a: string, b: string): boolean {
  if (a === b) return true;
  let p = 0;
  while (p < a.length && a[p] === b[p]) p++;
  return p >= MIN_STEM && a.length - p <= MAX_ENDING && b.length - p <= MAX_ENDING;
}

/** Two names of several words, each the same but for its ending; two different given names are two people. */
function declinedAlike(a: string[], b: string[]): boolean {
  if (a.length !== b.length || (a[0] !== b[0] && GIVEN_NAMES.has(a[0] ?? '') && GIVEN_NAMES.has(b[0] ?? '')))
    return false;
  return a.every((w, i) => sameButEnding(w, b[i] ?? ''));
}

/**
 * "Evangelische Ratsgymnasium", "Evangelischen Ratsgymnasium" and "Evangelischen Ratsgymnasiums" are one name
 * declined: several words, each the same but for its ending. One word alone is left as written ("Reuters" is not
 * "Reuter").
 */
export function mergeInflections(keys: string[], uf: UnionFind): void {
  const byStart = new Map<string, string[][]>();
  for (const k of keys) {
    if (!k.includes(' ') || /\d/.test(k)) continue;
    const ws = words(k);
    const start = ws.map((w) => w.slice(0, MIN_STEM)).join(' ');
    const seen = byStart.get(start) ?? [];
    const same = seen.find((other) => declinedAlike(ws, other));
    if (same) uf.union(k, same.join(' '));
    byStart.set(start, [...seen, ws]);
  }
}

const singular = (w: string): string => w.replace(/(?<=\p{L}{3})[sx]$/u, '');

/**
 * A name of several words and its plural are one name: "Chemin de fer" and "Chemins de fer", "Blue Jay" and
 * "Blue Jays". One word alone is left as written ("Reuters" is not "Reuter").
 */
export function mergePlurals(keys: string[], uf: UnionFind): void {
  const bySingular = new Map<string, string>();
  for (const k of keys) {
    if (!k.includes(' ')) continue;
    const s = words(k).map(singular).join(' ');
    const seen = bySingular.get(s);
    if (seen) uf.union(k, seen);
    else bySingular.set(s, k);
  }
}

/** "Liberation.fr" and "nytimes.com"-style sites join the medium they belong to ("Libération"). */
export function mergeMediaSites(keys: string[], uf: UnionFind): void {
  const present = new Set(keys);
  for (const k of keys) {
    const site = /^(.+?)(?:fr|com|net|info|org)$/.exec(k)?.[1];
    if (site && MEDIA.has(site) && present.has(site)) uf.union(k, site);
  }
}
