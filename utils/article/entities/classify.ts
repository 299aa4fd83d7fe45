import type { EntityType } from '@/utils/article/types';
import { letterShape } from '@/utils/shared/letter-shape';
import { isAcronymLike } from './acronyms';
import { hasLowerAdjective } from './adjective-bridges';
import { opensCrownBody } from './and-bodies';
import { opensWithArticle, voteArticleName } from './article-names';
import { bodyBefore } from './body-before';
import { shortenedToFirstWord } from './company-short-names';
import { BROADCAST_FIRST, COMPANY_LAST, closesCompany, TRADE_FIRST } from './company-words';
import { toldTo } from './context-cues';
import { type Votes, voteCues } from './context-votes';
import { namesDepartmentService } from './department-bodies';
import { directionPlace, placePrepositions } from './direction-names';
import { actsAsElidedBody } from './elided-bodies';
import { namedWithElidedArticle } from './elided-titles';
import { namesEventOrPeriod } from './event-heads';
import { isFeatureWord } from './feature-places';
import { ranksFrenchBody } from './french-bodies';
import { frenchPlaceShape, isDepartmentName } from './french-place-shapes';
import {
  BODY_ACRONYMS,
  CLUB_FIRST,
  CLUB_LAST,
  EVENT_WORDS,
  GIVEN_NAMES,
  GROUP_WORDS,
  GROUPS,
  INSTITUTIONS,
  isDemonymWord,
  isPlaceIn,
  MARKET_LAST,
  MEDIA_WORDS,
  NOT_PERSON_WORDS,
  ORG_WORDS,
  ORGANIZATIONS,
  PLACE_PREFIXES,
  PLACE_WORDS,
  PLACES,
  PRODUCT_WORDS,
  VENUE_WORDS,
} from './gazetteer';
import { closedByGermanBodyHead, headsGermanBody, namesGermanBody } from './german-bodies';
import type { EntityGroup } from './group';
import { groupCued } from './group-cues';
import { opensWithSaintSurname, personShapedWhole } from './hyphenated-surnames';
import { namesALaw } from './law-names';
import { CONNECTORS, NUMBERED_BODIES, NUMBERED_HEADS, NUMBERED_ROADS } from './lexicon';
import { REMIT_HEADS } from './listed-remits';
import { namesPrefecture } from './lower-bodies-fr';
import { isQuoted } from './mention';
import { namesMountain } from './mountain-names';
import { namedAfterKind, opensStreet } from './naming-cues';
import { namesNationBody } from './nation-bodies';
import { nameKey } from './normalize';
import {
  abbreviatedName,
  alwaysQuoted,
  closedByLetters,
  closedByNumber,
  ordinaryWords,
  quotedFullName,
  ranked,
} from './not-person';
import { namesAnOffice } from './offices';
import { namesSide } from './parliament-groups';
import {
  articledName,
  closedByThingWord,
  followedByWhich,
  opensSentenceWithWhich,
  opensWithVerb,
  reusedSurname,
  thingShaped,
} from './person-evidence';
import {
  givenNameAndParticle,
  hasSurnameEnding,
  hyphenatedGivenName,
  isPersonShaped,
  surnameFirst,
} from './person-shape';
import { namedForPlace, namesNationalBody } from './place-tails';
import { isPluralName } from './plural-sides';
import { namesLandmark } from './possessive-names';
import { isProductHere } from './product-context';
import { namesPurposeBody } from './purpose-bodies';
import { quotedAfterKind } from './quoted-titles';
import { headsBodyName } from './romance-names';
import { isRoyalKey, styledGivenName } from './royal-names';
import { isDeclinedGivenName } from './russian-cases';
import { completesSite } from './site-complements';
import { isSurnameBrand } from './surname-brands';
import { homeOfSide } from './team-nicknames';
import { joinsTownToClub } from './town-adjective-clubs';
import { isEnglishTownShape } from './town-shapes';
import { readAsWork } from './work-cues';
import { namesAPublisher } from './work-words';

// Microsoft ("Storm-0558"), Mandiant ("APT29", "UNC2452") and similar threat-actor naming schemes.
const GROUP_NAME = /^(?:\p{Lu}\p{Ll}+-\d{3,}|(?:APT|UNC|FIN|TA|DEV|TAG|TEMP)-?\d+)$/u;

/**
 * A work's title set in italics (« L’Hiver à Nantes ») is no place, body nor person, whatever words it holds; the
 * same words written elsewhere without italics (a headline, a caption) are the title still.
 */
export function namesWork(g: EntityGroup): boolean {
  const titles = new Set(g.mentions.filter((m) => m.work).map((m) => m.surface));
  return titles.size > 0 && g.mentions.every((m) => titles.has(m.surface));
}

/**
 * The entity's kind from evidence: gazetteers, the words that close or open its name (organisation and media
 * suffixes, clubs, competitions, product lines, directions), given names, titles and the words around its
 * mentions. `other` (shown without a kind) when the evidence is thin. `names`: keys of the text's names;
 * `lower`: folded words the text writes in lower case (see TextEvidence); `lang`: the text's language ("en").
 */
export function classify(
  g: EntityGroup,
  names?: ReadonlySet<string>,
  readsFully = true,
  lower?: ReadonlyMap<string, number>,
  lang = 'en',
): EntityType {
  if (namesWork(g)) return 'other';
  const votes: Votes = { person: 0, organization: 0, place: 0, product: 0, group: 0, other: 0.9 };
  const productHere = (k: string): boolean => isProductHere(k, g, names);
  const surfaces = [...g.surfaces.keys()];
  const lowerWord = (w: string): boolean => lower?.has(w) ?? false;
  for (const key of g.keys) {
    voteKey(key, votes, productHere, surfaces, lang === 'en', lowerWord, names);
    if (isPlaceIn(key, readsFully)) votes.place += 4;
    else if (isDepartmentName(key)) votes.place += 2.5;
    if (namesDepartmentService(key)) votes.organization += 4;
  }
  const joined = surfaces.filter((s) => joinedNames(s, lowerWord));
  // Two given names joined ("Jim & Andy") are a pair or a work's title, no firm.
  if (joined.some((s) => !joinedParts(s).every((w) => GIVEN_NAMES.has(nameKey(w)))))
    votes.organization += 2.5;
  for (const s of g.surfaces.keys()) voteSurface(s, votes);
  if ([...g.keys].some((k) => directionPlace(k, g, lang))) votes.place += 2.5;
  if (readsFully && servesPlace(g, lowerWord)) votes.organization += 2.5;
  voteContext(g, votes, lang, names, lower);
  voteArticleName(g, votes);
  if (actsAsElidedBody(g, lang)) votes.organization += 2;
  if ([...g.keys].some(namesNationBody)) votes.organization += 3;
  // "Global Fund to Fight AIDS, Tuberculosis and Malaria": a body named for its purpose, whatever word closes it.
  if ([...g.keys].some(namesPurposeBody)) votes.organization += 3;
  // "Fiscalía del Estado de Jalisco", "Ordem dos Médicos", "Bundesagentur für Arbeit", « Théâtre national de
  // Chaillot »: a body's head noun and its complement or rank, whatever place ends the name.
  if (
    [...g.keys].some(headsBodyName) ||
    surfaces.some((s) => namesGermanBody(s) || closedByGermanBodyHead(s)) ||
    (lang === 'fr' && surfaces.some((s) => ranksFrenchBody(s) || namesPrefecture(s)))
  )
    votes.organization += 3;
  // "Deutscher Caritasverband", "Fachhochschule Köln": a German body's head noun opens the name.
  else if (lang === 'de' && surfaces.some(headsGermanBody)) votes.organization += 3;
  // Read names only, the words around a name are not understood (cue words are French and English): a person
  // needs a name that says so ('Wielka Brytania' and 'Morza Północnego' had been typed people).
  if (!readsFully && ![...g.keys].some(namesAPerson)) votes.person = 0;
  // "RN" for "Richard Nixon" happens: a given name keeps the person.
  if ((abbreviatedName(g) || (lower && ordinaryWords(g, lower))) && ![...g.keys].some(namesAPerson))
    votes.person = 0;
  if (alwaysQuoted(g) || ranked(g) || joined.length > 0 || closedByLetters(g) || closedByNumber(g))
    votes.person = 0;
  // "Britten's "Peter Grimes."" … "Grimes, a fisherman": the full name quoted is the work, its surname the character.
  if (quotedFullName(g)) votes.person = 0;
  // "Diana, Princess of Wales, stepped out": a given name styled by its title.
  else if (g.mentions.some((m) => styledGivenName(nameKey(m.surface), m.after))) votes.person += 3;
  // A known place quoted stays one (« „Israel“ »); a place word in a quoted title does not make one.
  if (alwaysQuoted(g) && ![...g.keys].some((k) => PLACES.has(k))) votes.place = 0;
  if (isSurnameBrand(g)) votes.organization = 0;
  // "Ear Books", "BMJ Case Reports": a publisher's or a journal's name is found "in" or "from" as a place is.
  if ([...g.keys].some(namesAPublisher)) votes.place = votes.person = 0;
  // « le fonds Eurazeo Smart City », « directeur général de Haropa Port »: a body, whatever word closes its name.
  // « l’entreprise d’Issy-les-Moulineaux »: a commune's name after the body says where it is.
  const placeShaped = [...g.keys].some((k) => PLACES.has(k)) || surfaces.some(frenchPlaceShape);
  if (g.mentions.some(bodyBefore) && !givenNamed(g) && !placeShaped) {
    votes.organization += 2.5;
    votes.place = Math.min(votes.place, 1);
  }
  // « Les Vignerons de la Têt », « les Français »: French names no person with a plural article, nor with the
  // capital elided article of a title (« L’Est Républicain », see keepTitleArticles).
  if (quotedWork(g) || (lang === 'fr' && [...g.keys].every((k) => k.startsWith('les ')))) votes.person = 0;
  if (lang === 'fr' && namedWithElidedArticle(g)) votes.person = 0;
  // « le plan « France 2030 » », « l’opération « Chammal » »: a plan or a work, named by its kind, though its
  // words are a place's, a person's or a model's.
  if (g.mentions.some(quotedAfterKind) && ![...g.keys].some((k) => ORGANIZATIONS.has(k)))
    votes.person = votes.place = votes.product = votes.organization = 0;
  // « Stade Jean-Dauger », « l’hôpital Louis-Pasteur »: a venue or a body named after a person, not the person.
  const namedAfter = lang === 'fr' ? namedAfterKind(surfaces, g.mentions) : undefined;
  if (namedAfter) {
    votes.person = 0;
    if (namedAfter !== 'other') votes[namedAfter] += 3;
  }
  // « Toulouse mène 19-17 » joined to « le Stade toulousain »: the town is the side here.
  if (joinsTownToClub(g.keys)) votes.place = 0;
  if (!givenNamed(g) && (namesAThing(g, names, lang) || opensWithVerb(g, lower) || readAsWork(g)))
    votes.person = 0;
  if (opensSentenceWithWhich(g)) votes.person = 0;
  // « Alimentation Couche-Tard »: a trade noun opening the name makes it a company's, though the text shortens it
  // to a surname-shaped word as it would a person's (« Couche-Tard »).
  if (!givenNamed(g) && [...g.keys].some((k) => k.includes(' ') && TRADE_FIRST.has(k.split(' ')[0] ?? ''))) {
    votes.person = 0;
    votes.organization += 2.5;
  }
  // « la Ville de Genève versera… », « financé par la Région Grand Est »: French capitalises « Ville » and « Région »
  // for the body that pays and decides; the town itself is « la ville de Genève », whose name alone is the place.
  if (lang === 'fr' && surfaces.some((s) => MUNICIPALITY.test(s)) && surfaces.every(municipal)) {
    votes.organization += 4;
    votes.place = 0;
  }
  // "an avalanche on the north face of Ben Nevis": a mountain, though "Ben" opens people's names; "Mount Sinai
  // Hospital" is a body's.
  if (
    namesMountain(g, lower, givenNamed(g)) &&
    ![...g.keys].some((k) => ORG_WORDS.has(k.split(' ').at(-1) ?? ''))
  ) {
    votes.person = 0;
    votes.place += 4;
  }
  let best: EntityType = 'other';
  for (const t of Object.keys(votes) as EntityType[]) if (votes[t] > votes[best]) best = t;
  return best;
}

/**
 * A known given name first (Russian ones declined too), or initials: a person's name on its face. Not a surname ending: Slavic adjectives
 * end alike ("Ocean Indyjski", "Uniwersytet Warszawski"). Nor a given name and a place word, which name a street and
 * what is named after it ("Christopher Street Day").
 */
function namesAPerson(key: string): boolean {
  const ws = key.split(' ');
  const first = ws[0] ?? '';
  const given = GIVEN_NAMES.has(first) || isDeclinedGivenName(first);
  if (ws.slice(1, -1).some((w) => PLACE_WORDS.has(w))) return false;
  return ws.length > 1 && (given || givenNameAndParticle(ws) || initialsFirst(ws));
}

/** A known given name, an East Asian surname first or a hyphenated given name: the name says person itself. */
function givenNamed(g: EntityGroup): boolean {
  return (
    [...g.keys].some((k) => namesAPerson(k) || surnameFirst(k)) ||
    [...g.surfaces.keys()].some(hyphenatedGivenName)
  );
}

/**
 * The group's names are made of a thing's words (a setting, a nutrient, a role, a body's word, a known acronym,
 * places: see person-evidence.ts), or the text writes them as a thing's ("the Indiana Statehouse", "Big Machine,
 * which"): no title, role or verb around them makes a person of them.
 */
function namesAThing(g: EntityGroup, names: ReadonlySet<string> | undefined, lang: string): boolean {
  const surfaces = [...g.surfaces.keys()];
  const multi = surfaces.filter((s) => /\s/.test(s.trim()) || s.includes('-'));
  const thing = (s: string): boolean => {
    const key = nameKey(s);
    return (
      closedByThingWord(key) || ORG_WORDS.has(key.slice(key.lastIndexOf(' ') + 1)) || thingShaped(s, names)
    );
  };
  if ((multi.length > 0 ? multi : surfaces).every(thing)) return true;
  const full = [...g.keys].filter((k) => isPersonShaped(k) && !isDemonymWord(k.split(' ')[0] ?? ''));
  return articledName(g, full, lang) || followedByWhich(g);
}

/**
 * Every name of the group is a body's named for the place it serves (see place-tails.ts: "Avanti West Coast",
 * "Arts Council England"), written apart, once at least inside a sentence, and no mention is cued as a person's.
 * A name the text also shortens to one word ("Jackson" of "Ketanji Brown Jackson") is left to the other cues.
 */
function servesPlace(g: EntityGroup, lowerWord: (w: string) => boolean): boolean {
  const surfaces = [...g.surfaces.keys()];
  const apart = (k: string): boolean => surfaces.some((s) => nameKey(s) === k && !/[-‐‑]/u.test(s));
  return (
    [...g.keys].every((k) => namedForPlace(k, lowerWord) && apart(k)) &&
    !g.mentions.some((m) => m.personCue) &&
    // "Former South Carolina …" opening a sentence: the first word's capital proves nothing, unless it names a
    // field before a country's name and is written so again ("Tennis Australia said…", see namesNationalBody;
    // once, "Brave England were beaten" is a side and its epithet).
    (g.mentions.some((m) => !m.initial) ||
      (g.mentions.length > 1 && [...g.keys].every((k) => namesNationalBody(k.split(' ')))))
  );
}

const ARTICLES = new Set(['le', 'la', 'les', 'l', 'the']);

/**
 * One of the group's names opens with an article and stands in quotation marks at each of its mentions (« Le
 * Dernier Hiver de X », “The Long Walk”): a work's title, though a place or a person it is about is grouped with it.
 */
function quotedWork(g: EntityGroup): boolean {
  return [...g.surfaces.keys()].some((s) => {
    const ms = g.mentions.filter((m) => m.surface === s);
    return (
      ARTICLES.has(nameKey(s).split(' ')[0] ?? '') && s.includes(' ') && ms.length > 0 && ms.every(isQuoted)
    );
  });
}

/**
 * "Chicago White Sox", "Toronto Blue Jays": a city and two more words, written apart, name a side or a body; a
 * person named after a place takes one surname ("Paris Hilton"), a hyphen joins a given name ("France-Line").
 */
function isSide(key: string, surfaces: readonly string[]): boolean {
  const first = key.split(' ')[0] ?? '';
  return (
    PLACES.has(first) &&
    !GIVEN_NAMES.has(first) &&
    surfaces.some((s) => nameKey(s) === key && s.trim().split(/\s+/).length === 3)
  );
}

function voteKey(
  key: string,
  v: Votes,
  productHere: (k: string) => boolean,
  surfaces: readonly string[],
  english: boolean,
  lowerWord: (w: string) => boolean,
  names?: ReadonlySet<string>,
): void {
  const ws = key.split(' ');
  const first = ws[0] ?? '';
  const last = ws.at(-1) ?? '';
  const multi = ws.length > 1;
  if (GROUPS.has(key) || (multi && GROUP_WORDS.has(last))) v.group += 4;
  if (ORGANIZATIONS.has(key)) v.organization += 4;
  if (productHere(key)) v.product += 4;
  if (!multi) return;
  // « RED by SFR »: a brand its maker signs is the maker's line, a body as it is (see brand-by.ts).
  if (ws.length === 3 && ws[1] === 'by' && ORGANIZATIONS.has(last)) v.organization += 4;
  // "Tiananmen Square", "Oshima Island": a place word closing a name is a place's, though never a person's.
  if (EVENT_WORDS.has(last) || (NOT_PERSON_WORDS.has(last) && !PLACE_WORDS.has(last))) v.other += 3;
  if (namesEventOrPeriod(ws)) v.other += 3;
  if (namesLandmark(ws)) v.place += 4;
  // "Roe v. Wade", "Dobbs v. Jackson Women's Health Organization": a court case, whatever its parties are.
  if (surfaces.some((x) => / vs?\. \p{Lu}/u.test(x))) v.other += 6;
  // "Senate Bill 10", "Assembly Bill 881": a law numbered, whatever body passes it.
  if (surfaces.some(namesALaw)) v.other += 6;
  // "Bajaj Auto", though not "Android Auto" (a product's line), "Decentralized Finance" (the text writes
  // "decentralized" in lower case) nor "Award in Finance".
  const trade =
    closesCompany(last) &&
    !productHere(first) &&
    !lowerWord(first) &&
    surfaces.some((s) => nameKey(s) === key && !/\s\p{Ll}/u.test(s));
  // A brand and one of its products named by a word that also closes bodies' names: "Microsoft Office",
  // where "Office for Students" stays a body.
  const brandLine = ORGANIZATIONS.has(first) && productHere(last);
  if (
    !brandLine &&
    (ORG_WORDS.has(last) ||
      MARKET_LAST.has(last) ||
      MEDIA_WORDS.has(last) ||
      CLUB_LAST.has(last) ||
      COMPANY_LAST.has(last) ||
      trade ||
      BROADCAST_FIRST.has(first) ||
      CLUB_FIRST.has(first) ||
      opensCrownBody(first))
  )
    v.organization += 2.5;
  // "Marine Le Pen": a given name before a surname particle, though « Marine nationale » is a body.
  // "Wang Yi", "Nguyen Van Thieu": a common East Asian surname opens the name as a given name does elsewhere;
  // "Moon Jae-in": so does one before a hyphenated given name.
  const given =
    ((GIVEN_NAMES.has(first) || givenNameAndParticle(ws)) &&
      (isPersonShaped(key) || personShapedWhole(key, surfaces))) ||
    surnameFirst(key) ||
    surfaces.some(hyphenatedGivenName) ||
    isRoyalKey(ws);
  if (ORG_WORDS.has(first) && !given) v.organization += 2;
  if (namesSide(ws, surfaces)) v.organization += 2.5;
  if (branchOfKnownBody(ws)) v.organization += 3;
  if (namesAnOffice(key)) v.organization += 2.5;
  if (namesAPublisher(key)) v.organization += 2.5;
  // "Philadelphia Eagles", "New York Yankees", "Central Coast Mariners": in English, a city or a region and a
  // plural name a side, never a person nor a place (French given names end so: « Pologne Wadislas »).
  const nickname =
    english &&
    ws.length <= 3 &&
    homeOfSide(ws.slice(0, -1).join(' ')) &&
    !GIVEN_NAMES.has(first) &&
    isPluralName(last) &&
    !PLACE_WORDS.has(last);
  // "Jamison Gibson-Park": a place word hyphenated to a surname closes a double surname, not a place's name.
  const placeLast =
    (PLACE_WORDS.has(last) || VENUE_WORDS.has(last)) &&
    !surfaces.some((s) => nameKey(s) === key && DOUBLE_SURNAME.test(s));
  // "St. Ives Apricot Scrub": a place and a name the text also writes alone ("the Apricot Scrub") name a thing
  // named after the place, not a place ("Las Croabas Public Boat Ramp" is one).
  const namedAfterPlace = ws.length > 3 && (names?.has(ws.slice(-2).join(' ')) ?? false);
  const prefixed =
    PLACE_PREFIXES.has(first) &&
    !opensWithArticle(key) &&
    !namedAfterPlace &&
    !nickname &&
    !opensWithSaintSurname(key, surfaces);
  if (placeLast || prefixed) v.place += 2;
  // "Republic of Ireland", "Federal Republic of Yugoslavia", "Isle of Man": a place word and its complement.
  if (
    !ORG_WORDS.has(first) &&
    ws.some((w, i) => (PLACE_WORDS.has(w) || isFeatureWord(w)) && CONNECTORS.has(ws[i + 1] ?? ''))
  )
    v.place += 2.5;
  // « rue Royale Sainte-Marie », « avenue Foch »: a street's noun in lower case opens its name (see
  // featurePlaceStart).
  else if (surfaces.some(opensStreet)) v.place += 2.5;
  if ((productHere(first) && !given && !ORG_WORDS.has(first)) || PRODUCT_WORDS.has(last)) v.product += 2.5;
  if (siblingModel(ws, key, names) && surfaces.some((s) => LINE_AND_NUMBER.test(s) && nameKey(s) === key))
    v.product += 1.5;
  // A brand and a line: "Apple Watch", "Google Maps", "Microsoft Teams"; a body and its branch: "CGT Goodyear",
  // "Info'Com-CGT", "NASA Goddard".
  if (INSTITUTIONS.has(first) || INSTITUTIONS.has(last)) v.organization += 2.5;
  else if (
    (brandLine ||
      (ORGANIZATIONS.has(first) && !ORG_WORDS.has(last) && !MEDIA_WORDS.has(last) && !PLACES.has(last))) &&
    // « AP-HP », « CFE-CGC »: one acronym in capitals joined by a hyphen, not a brand ("AP", "HP") and its line;
    // « le collectif Libération-Couronneries », "Renault-Nissan": a hyphen joins two names, a brand's line is
    // written apart ("Apple Watch").
    !surfaces.every((s) => DASHED_ACRONYM.test(letterShape(s))) &&
    !surfaces.every((s) => nameKey(s) !== key || HYPHEN_JOINED.test(s))
  )
    v.product += 2.5;
  // A body and its remit: "Department of Conservation", "Office for Students", "ministère de l’Intérieur"; in
  // English, a medium and its field or place: "New England Journal of Medicine", "Times of India" (French news
  // names its papers as works: « Journal de Genève »).
  const medium = (w: string): boolean => english && MEDIA_WORDS.has(w);
  // "Royal Commission into Aged Care": a body and the matter it looks into.
  const remit = (w: string, i: number): boolean => REMIT_HEADS.has(w) && ws[i + 1] === 'into';
  if (ws.some((w, i) => ((ORG_WORDS.has(w) || medium(w)) && CONNECTORS.has(ws[i + 1] ?? '')) || remit(w, i)))
    v.organization += 2.5;
  // "Arab Spring", "French Open": a nationality word opens names of events and bodies, not of people.
  const side = ws.length === 3 && isSide(key, surfaces);
  if (side) v.organization += 1;
  if (nickname) v.organization += 1.5;
  // "Thames Water", "Constantin Film": a trade closing the name outweighs a given name opening it.
  if (given && trade) v.organization += 1;
  // "Mercedes Citan": a maker's name that is also a given name opens its models' names as well as people's; the
  // text naming the maker elsewhere ("Mercedes-Benz") says which.
  const makerFirst = given && ORGANIZATIONS.has(first) && namesMaker(first, key, names);
  if (
    given ||
    (initialsFirst(ws) && surfaces.some((s) => INITIALS.test(s))) ||
    joinedInitials(ws, key, surfaces)
  )
    v.person += makerFirst ? 2 : 2.5;
  else if (
    (isPersonShaped(key) || personShapedWhole(key, surfaces)) &&
    !isDemonymWord(first) &&
    !side &&
    !nickname
  )
    v.person += hasSurnameEnding(key) ? 1.2 : 0.8;
}

/**
 * "Ariane 64" beside "Ariane 6", "Kestrel 7" beside "Kestrel 9": one word that the text writes with two numbers
 * names a line and its models, not a place nor a person; a road, a chart, a mission, a body's or a place's name
 * with a number (« France 2 », "Channel 4", « Ligue 1 ») is no model.
 */
function siblingModel(ws: readonly string[], key: string, names?: ReadonlySet<string>): boolean {
  const [line = '', number = ''] = ws;
  if (!names || ws.length !== 2 || !/^\d{1,4}$/.test(number) || !modelLine(line)) return false;
  const stem = `${line} `;
  for (const n of names)
    if (n !== key && n.startsWith(stem) && /^\d{1,4}$/.test(n.slice(stem.length))) return true;
  return false;
}

// A word written as a name, not an acronym ("FTSE 100", an index) nor a letter ("C-247", a bill), then a number.
const LINE_AND_NUMBER = /^\p{Lu}\p{Ll}{2,} \d{1,4}$/u;

const modelLine = (w: string): boolean =>
  !PLACES.has(w) &&
  !ORGANIZATIONS.has(w) &&
  !ORG_WORDS.has(w) &&
  !MEDIA_WORDS.has(w) &&
  !EVENT_WORDS.has(w) &&
  !NUMBERED_ROADS.has(w) &&
  !NUMBERED_HEADS.has(w) &&
  !/\d/.test(w);

/** `names` has another name than `key` that opens with `maker` ("mercedes benz"; `names` holds first words too). */
function namesMaker(maker: string, key: string, names?: ReadonlySet<string>): boolean {
  if (!names) return false;
  for (const n of names) if (n !== key && n.startsWith(`${maker} `)) return true;
  return false;
}

const BRANCH_CONNECTORS = new Set(['de', 'd', 'du', 'des']);

/** « Crédit Agricole d’Aquitaine », « CGT du Finistère »: a known body, then the place its branch serves. */
function branchOfKnownBody(ws: readonly string[]): boolean {
  for (let k = 1; k < ws.length - 1; k++) {
    if (!BRANCH_CONNECTORS.has(ws[k] ?? '')) continue;
    return ORGANIZATIONS.has(ws.slice(0, k).join(' ')) && PLACES.has(ws.slice(k + 1).join(' '));
  }
  return false;
}

/**
 * "S. H. Clifford", "I. Austin": initials before a surname, unless they spell a place or a body ("U. S. Steel") or
 * shorten a direction before a place ("S. Korea", "N. Korean").
 */
function initialsFirst(ws: string[]): boolean {
  const n = ws.findIndex((w) => w.length > 1);
  const initials = ws.slice(0, n).join(' ');
  const last = ws.at(-1) ?? '';
  if (n < 1 || n !== ws.length - 1) return false;
  if (DIRECTION_INITIALS.has(initials) && (PLACES.has(last) || isDemonymWord(last))) return false;
  return !PLACES.has(initials) && !ORGANIZATIONS.has(initials);
}

/**
 * "K.P. Ravindranath", "J.R.R. Tolkien": initials written together fold into one word of the key ("kp"); read as
 * initials apart, unless they spell a place or a body ("U.S. Steel", "U.N. Habitat").
 */
function joinedInitials(ws: string[], key: string, surfaces: readonly string[]): boolean {
  const [initials = '', surname = ''] = ws;
  return (
    ws.length === 2 &&
    !PLACES.has(initials) &&
    !ORGANIZATIONS.has(initials) &&
    isPersonShaped(key) &&
    surfaces.some((s) => JOINED_INITIALS.test(letterShape(s)) && nameKey(s) === key) &&
    initialsFirst([...initials, surname])
  );
}

// Two or three initials written together, then one word: "K.P. Ravindranath".
// A shape (see letter-shape.ts).
const JOINED_INITIALS = /^(?:U\.){2,3} ?Ul+$/;
const DIRECTION_INITIALS = new Set(['n', 's', 'e', 'w']);
// Two or more words, the last two capitalised parts joined by a hyphen ("Jamison Gibson-Park").
const DOUBLE_SURNAME = /\s\p{Lu}\p{Ll}+[-‐‑]\p{Lu}\p{Ll}+$/u;
// Initials are written with full stops ("S. H. Clifford"); "y'Aarau" is a scanning slip.
const INITIALS = /^(?:\p{Lu}\.\s*)+\p{Lu}/u;

/** "State Route 126" names a road, "Billboard Hot 100" no model: the word before a closing number says so. */
function numberedName(s: string): 'road' | 'body' | 'other' | undefined {
  // The last character first: the pattern, anchored at the end only, is tried from every position of the name.
  const last = s.charCodeAt(s.length - 1);
  const m = last >= 48 && last <= 57 ? /(\p{L}+) \d{1,4}$/u.exec(s) : null;
  const w = m?.[1]?.toLowerCase() ?? '';
  if (NUMBERED_ROADS.has(w)) return 'road';
  if (NUMBERED_BODIES.has(w)) return 'body';
  return NUMBERED_HEADS.has(w) ? 'other' : undefined;
}
// Capitalised words, the last with a digit or two glued to it: a line and its model ("Vantage Pro2"). A shape
// (see letter-shape.ts).
const GLUED_MODEL = /^Ul+(?: Ul+)* Ul+\d{1,2}$/;
const INDEX_LIKE = /^\p{Lu}{2,5} ?\d{2,3}$/u;
const ACRONYM_OF_PLACE = /^\p{Lu}{2,6} (?:de|du|des) \p{Lu}/u;

function voteSurface(s: string, v: Votes): void {
  // The group names and the numbered names below end in a digit: most names are not tried against them.
  const last = s.charCodeAt(s.length - 1);
  const digitLast = last >= 48 && last <= 57;
  if (digitLast && GROUP_NAME.test(s)) v.group += 3;
  const given = GIVEN_NAMES.has(nameKey(s).split(' ')[0] ?? '');
  if ((frenchPlaceShape(s) || isEnglishTownShape(s)) && !given) v.place += 2.5;
  if (/^l+U/.test(letterShape(s))) v.product += 2; // iPhone, eBay, macOS
  if (/\.(?:com|net|org|io|ai|fr)$/i.test(s)) v.product += 1.5;
  const numbered = numberedName(s);
  if (numbered === 'road')
    v.place += 1.5; // State Route 126, District 4
  else if (numbered === 'body')
    v.organization += 1.5; // Teamsters Local 727
  // Windows 11, Boeing 787; an acronym and a short number name an index or a meeting (« CAC 40 », « COP 29 »).
  else if (!numbered && digitLast && /\s\d{1,4}$|^\p{L}+ ?\d{2,4}$/u.test(s) && !INDEX_LIKE.test(s))
    v.product += 1;
  if (/\s\d\s\d{2,5}\p{Lu}[\p{Lu}\d]*$/u.test(s)) v.product += 2; // Ryzen 7 9800X3D, Core Ultra 9 285K
  if (digitLast && GLUED_MODEL.test(letterShape(s))) v.product += 2; // Davis Vantage Pro2
  if (isAcronymLike(s)) v.organization += BODY_ACRONYMS.has(s.toLowerCase()) ? 4 : 0.5;
  // « CHU de Brest », « ARS de Bretagne », « CGT du Finistère »: a body's acronym and where it serves.
  if (ACRONYM_OF_PLACE.test(s)) v.organization += 1.5;
  if (CAMEL_CASE.test(letterShape(s)) && !SURNAME_PREFIX.test(s)) v.organization += 1;
}

// One word with a capital inside, as companies write their names ("WeWork", "MarketAxess", "SoftBank"); surnames
// do so after a prefix ("McCarthy", "DeSantis", "MacArthur").
// Shapes (see letter-shape.ts).
const CAMEL_CASE = /^Ul+Ul+$/;
const SURNAME_PREFIX = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|Al|El|St)\p{Lu}/u;

// Two capitalised words joined by an ampersand ("Marks & Spencer"), by a plus written tight as firms write
// their names ("Kuehne+Nagel"), or by "and" once the text has read the pair as one name (see joinSurnamePairs).
const AMPERSAND = /^\p{Lu}[\p{L}'’.-]+(?: & | and |\+)\p{Lu}[\p{L}'’.-]+$/u;
const JOINER = /\s*[&+]\s*| and /;
// What AMPERSAND cannot match without, tested first: most names hold none (its classes are costly to compile).
const JOINED = / & | and |\+/;

/** The two names an ampersand or a plus joins. */
const joinedParts = (surface: string): string[] => surface.split(JOINER);

/**
 * "Marks & Spencer", "Sullivan & Cromwell", "Kuehne+Nagel": two names joined by an ampersand or a plus name a
 * firm or a pair, never one person; two words the text also writes in lower case name a topic ("Size & Growth",
 * "Plug & Charge").
 */
function joinedNames(surface: string, lowerWord: (w: string) => boolean): boolean {
  return (
    JOINED.test(surface) &&
    AMPERSAND.test(surface) &&
    !joinedParts(surface).some((w) => lowerWord(nameKey(w)))
  );
}

// A shape (see letter-shape.ts).
const DASHED_ACRONYM = /^U{1,5}(?:-U{1,5})+$/;
// Names joined by hyphens only, no space: « Libération-Couronneries ».
const HYPHEN_JOINED = /^[^\s\-‐‑]+(?:[-‐‑][^\s\-‐‑]+)+$/u;

const WHO = new Set(['who', 'whose']);
// « Ville de Genève », « Ville d’Anvers », « Ville du Havre », « Région Grand Est »: a town's municipality or a
// region's council, capitalised as a body.
const MUNICIPALITY = /^(?:Ville (?:de |du |des |d['’])|Région \p{Lu})/u;
// « La Ville nous garantit 60 % »: the capitalised word alone stands for the body the text names.
const municipal = (s: string): boolean => s === 'Ville' || s === 'Région' || MUNICIPALITY.test(s);

function voteContext(
  g: EntityGroup,
  v: Votes,
  lang: string,
  names?: ReadonlySet<string>,
  lower?: ReadonlyMap<string, number>,
): void {
  const n = g.mentions.length;
  const cued = g.mentions.filter((m) => m.personCue).length;
  if (cued > 0) v.person += 2 + cued / n;
  const grouped = g.mentions.filter((m) => groupCued(m.before)).length;
  if (grouped > 0) v.group += 1.5;
  const prepositions = placePrepositions(lang);
  const located = g.mentions.filter((m) => prepositions.has(m.before[0] ?? '') && !toldTo(m)).length;
  const acronym = [...g.surfaces.keys()].every((s) => isAcronymLike(s));
  // English "a French team" reads like French « à Paris » once folded: a nationality word is never the place.
  const demonym = [...g.keys].every(isDemonymWord);
  // "calories from Fat": a nutrient, a setting or a role is nowhere, whatever the preposition.
  const thing = [...g.keys].every(closedByThingWord);
  // « les alignements de Carnac », « à Carnac »: where monuments stand counts with where things happen.
  const sited = lang === 'fr' ? g.mentions.filter((m) => completesSite(m, located > 0)).length : 0;
  if ((located + sited) / n >= 0.5 && !acronym && !demonym && !thing) v.place += 1;
  // A full name later referred to by the surname alone is how news writes about people; a word the text also
  // writes in lower case is a common noun, not a surname ("Docker Desktop" … "Desktop", "Saturated Fat" … "Fat").
  const keys = [...g.keys];
  // "Meridian Health System" shortened to "Meridian" is a body's name, though shaped as a person's.
  const full = keys.filter(
    (k) =>
      isPersonShaped(k) && !isDemonymWord(k.split(' ')[0] ?? '') && !shortenedToFirstWord(k, keys, lower),
  );
  const referred = reusedSurname(
    g,
    full.filter((k) => !hyphenatedOnly(g, k)),
    lang,
    lower,
  );
  if (referred && !keys.some((k) => PLACES.has(k) || ORGANIZATIONS.has(k))) v.person += 1.5;
  // "Maren Okafor, who chairs the trust": a full name followed by "who" is a person's (bodies and teams
  // take "who" too in British usage, but their names carry an organisation word that outvotes this).
  const who = g.mentions.some((m) => WHO.has(m.after[0] === ',' ? (m.after[1] ?? '') : (m.after[0] ?? '')));
  if (who && full.length > 0) v.person += 1.2;
  voteCues(g, v, full, names);
  // An acronym is never a person ("NBT", "VR"), nor a name with a lower-case adjective (« Santé publique France »).
  const surfaces = [...g.surfaces.keys()];
  if (surfaces.every((s) => isAcronymLike(s)) || surfaces.some(hasLowerAdjective)) v.person = 0;
}

/**
 * Every surface of `k` is one word joined by a hyphen ("Nagorno-Karabakh"): no person's full name, whose given
 * name and surname are written apart, so "Karabakh" after it is no surname reused.
 */
function hyphenatedOnly(g: EntityGroup, k: string): boolean {
  const written = [...g.surfaces.keys()].filter((s) => nameKey(s) === k);
  return written.length > 0 && written.every((s) => /^[^\s-]+-[^\s-]+$/u.test(s));
}
