import type { Entity, EntityType } from '@/utils/article/types';
import { typeBracketedAcronyms } from './acronym-types';
import { initials } from './acronym-words';
import { commonNounAcronyms, findAcronymDefinitions, isDefinedAcronym } from './acronyms';
import { actsIn } from './acts';
import { markAddressed } from './addressed-names';
import { typeAppositiveGroups } from './appositive-groups';
import { namesOpenedByArticles } from './article-particles';
import { articledTowns } from './articled-towns';
import { bodyAnaphors, bodyNounMentions, bodyNounsOf, thingNounsOf } from './body-anaphors';
import { typeBracketDatelines } from './bracket-datelines';
import { bylineAuthorKeys, isBylineAuthor } from './byline-authors';
import { findMentions } from './candidates';
import { capitalsOfNamedCountries, countryLeads, lendToCountries } from './capitals';
import { classify } from './classify';
import { clippedCommonPhrases } from './clipped-phrases';
import { coinedIn } from './coined-names';
import { companyNamed, typeCompanies } from './company-nouns';
import { offCourtStyles } from './court-countries';
import { capitalisesNouns, isHighConfidence } from './coverage';
import { isDateline, onlyInDatelines, typeDatelines } from './dateline';
import { typeDistrictTowns } from './district-towns';
import { keepTitleArticles } from './elided-titles';
import { midSentenceCapitals, type TextEvidence } from './evidence';
import { onlyExamples } from './examples';
import { isDemonym, isLikelyName } from './filter';
import { typeFirmAnaphors } from './firm-anaphors';
import { governedPlaceMentions } from './governed-places';
import { canonicalName, type EntityGroup } from './group';
import { isCoordinatedGroupWord } from './group-adjectives';
import { headRolesOf, isNamedHead } from './head-roles';
import { isHeadingPhrase } from './heading-phrases';
import { headlineMentions } from './headline-mentions';
import { headlineSubject } from './headline-subject';
import { lowercaseCounts, markLines } from './headlines';
import { isHoliday } from './holidays';
import { homeCountry } from './home-country';
import { italicWorks, joinWorks, openQuotedArticles } from './italic-works';
import { isFurniture, labelValues } from './labels';
import { leadSentence, namedIn } from './lead-sentence';
import { calendarOf, stopwordsOf } from './lexicon';
import { lineLetterMentions } from './line-letters';
import { typeListedPeople } from './listed-people';
import { typeListedPlaces } from './listed-places';
import { followsTopic, liveTopic } from './live-topic';
import { markMatchdays } from './matchday-names';
import { typeMemberBodies } from './member-bodies';
import { countsMembers } from './member-words';
import { groupMentions } from './merge';
import { isCountryCodeCells, soloEvidence } from './names-only-cues';
import { isNewsroomLabel } from './newsroom-labels';
import { nameKey } from './normalize';
import { typePairedProducts } from './paired-products';
import { dropPartyAdjectives } from './party-adjectives';
import { partyInPassing } from './party-names';
import { pictureCredits } from './picture-credits';
import { placedNames } from './placed-names';
import { foldPlantParts } from './plant-units';
import { dropPluralAcronyms, pluralDefinitionKeys } from './plural-acronyms';
import { isPortfolio } from './portfolios';
import { typeProductMakers } from './product-makers';
import { joinQuotedNicknames } from './quoted-nicknames';
import { type RankedEntity, readerOrder } from './reader-order';
import { typeRiverShortNames } from './river-names';
import { typeRoleAppositions } from './role-apposition';
import { offRoleLines } from './role-lines';
import { midSentenceNames, spans } from './runs';
import {
  groupCues,
  namedBy,
  type SalienceContext,
  salience,
  titleContext,
  withTitledNames,
} from './salience';
import { typeScoreLines } from './score-lines';
import { typeScorecards } from './scorecards';
import { isBroadRegion, modifiesNames, qualifiesNames } from './setting';
import { typeSharedSurnames } from './shared-surnames';
import { isOwnSite, isSelfMention, ownSiteKey, siteKeys } from './site-name';
import { isSlashCredit, slashCredits } from './slash-credits';
import { declinesNames } from './slavic-cases';
import { readInterview, speakerName, typeSpeakers } from './speakers';
import { isSportWord } from './sport-words';
import { isStandardsNotice } from './standards-lines';
import { isStandfirstAuthor } from './standfirst-authors';
import { titleCapitals } from './title-capitals';
import { FEW_NAMES, withTitleNames } from './title-names';
import { titleOnlyNames } from './title-only-names';
import { titlePeople } from './title-people';
import { namesEvent } from './titled-events';
import { joinQuotedWorks, quotedTitleWords, withArticledTitles } from './titled-works';
import { givenNamesBeforeSurnames, surnamesAfterGivenNames } from './titles';
import { type Token, tokenize } from './tokenize';
import { joinTownAdjectives, typeTownAdjectiveNames } from './town-adjective-names';
import { typeTownSides } from './town-sides';
import { isTransitLine } from './transit-lines';
import { vetoTypes } from './type-vetoes';
import { isUnitAfterNumbers } from './units';
import { voicedIn } from './voices';
import { markOpeningGivenWords } from './word-given-names';

export type { Entity, EntityType } from '@/utils/article/types';
export { readsLanguageFully } from './full-languages';
export type { RankedEntity } from './reader-order';

import { readsLanguageFully } from './full-languages';

/** Options for entity extraction: the article's language ("fr", "en-GB"...) and its title if known. */
export interface ExtractEntitiesOptions {
  lang: string;
  title?: string;
  /** Longest list returned (default 50). */
  limit?: number;
  /** The page's address: its country domain tells the site's home country (see `homeCountry`). */
  url?: string;
  /** The page's byline: its authors are no subjects of the article (see `isBylineAuthor`). */
  byline?: string;
  /** The site's shown name: the publisher naming itself is no subject either (see `isSelfMention`). */
  site?: string;
  /** The article's italic spans, as the extraction found them: works' titles are set so (see `italicWorks`). */
  emphasis?: readonly string[];
  /** The page's own description (its meta description, often the standfirst): it names the article's subjects. */
  description?: string;
}

/**
 * Key named entities of an article's plain text, variants merged, ranked best first. Rule-based and
 * language-aware through small word lists and gazetteers. French and English are read fully; in other
 * languages only names a reader can trust are kept (see `readsLanguageFully`); scripts without capital
 * letters give an empty list.
 */
export function extractEntities(raw: string, options: ExtractEntitiesOptions): Entity[] {
  const { ranked, fromTitle } = candidatesAndTitle(raw, options);
  const list = readerOrder(ranked).slice(0, options.limit ?? 50);
  if (list.length >= FEW_NAMES || !options.title) return list;
  // The title's list as `extractEntities` gives it for the title alone; read once, as a text read fully has
  // read it already (for `titleOnlyNames`).
  const title = readerOrder(fromTitle ?? rankedCandidates(options.title, { lang: options.lang }));
  return withTitleNames(list, title.slice(0, 50));
}

/**
 * Every candidate entity of the text with the cues the reader's order weighs, before that order (see
 * `readerOrder`); the ranking benchmarks read them through here.
 */
export function rankedCandidates(raw: string, options: ExtractEntitiesOptions): RankedEntity[] {
  return candidatesAndTitle(raw, options).ranked;
}

/** The text's candidates, and the title's own when they were read on the way (for `titleOnlyNames`). */
interface Candidates {
  ranked: RankedEntity[];
  fromTitle?: RankedEntity[];
}

function candidatesAndTitle(raw: string, options: ExtractEntitiesOptions): Candidates {
  // Soft hyphens cut words where a line may break ("Kiess\u00adling"): no part of any word.
  const text = raw.includes('\u00ad') ? raw.replace(/\u00ad/g, '') : raw;
  if (!text.trim()) return { ranked: [] };
  const tokens = tokenize(text, stopwordsOf(options.lang), calendarOf(options.lang));
  surnamesAfterGivenNames(tokens);
  givenNamesBeforeSurnames(tokens);
  const lang = options.lang.toLowerCase().slice(0, 2);
  // English quotes French names with their articles: "Marine Le Pen", "said Le Pen", "Le Mans".
  if (lang === 'fr' || lang === 'en') namesOpenedByArticles(tokens);
  if (lang === 'fr') openQuotedArticles(tokens);
  const lower = lowercaseCounts(tokens);
  const nounCaps = capitalisesNouns(lang);
  markLines(tokens, lower, nounCaps);
  labelValues(tokens, lower, nounCaps);
  if (lang === 'en') markOpeningGivenWords(tokens);
  const quoted = joinQuotedWorks(tokens, text, spans(tokens, lang), options.title);
  const { runs, whole } = joinWorks(quoted, italicWorks(options.emphasis, tokens, text, options.title));
  const ev: TextEvidence = {
    lower,
    midCaps: midSentenceCapitals(tokens),
    midSpans: midSentenceNames(tokens, runs),
    lang,
    fullLanguage: readsLanguageFully(options.lang),
    titleCapitals: new Set([...titleCapitals(options.title), ...headlineSubject(options.title, tokens)]),
    titleQuoted: quotedTitleWords(options.title),
    placed: placedNames(tokens),
    companies: readsLanguageFully(options.lang) ? undefined : companyNamed(tokens, text),
    works: whole,
  };
  const mentions = offCourtStyles(offRoleLines(findMentions(tokens, text, ev, runs), tokens), text);
  mentions.push(...lineLetterMentions(tokens, text, mentions, options.title));
  if (lang === 'fr') keepTitleArticles(mentions, tokens, text);
  if (lang === 'fr') mentions.push(...governedPlaceMentions(tokens));
  if (lang === 'fr') markAddressed(mentions, tokens);
  if (lang === 'fr') markMatchdays(mentions, tokens);
  if (lang === 'fr') joinTownAdjectives(mentions, tokens);
  if (ev.fullLanguage) joinQuotedNicknames(mentions, tokens, text, lower);
  const definitions = findAcronymDefinitions(tokens, text, mentions);
  const known = new Set(mentions.map((m) => nameKey(m.surface)));
  // A brand named inside a longer name counts as named ("Amazon" in "Amazon Echo"); the half of a name written
  // as one hyphenated word does not ("Hydro" of "Hydro-Québec", which would make a pair of places of it: see
  // isPlacePair).
  const firstWords = mentions
    .filter((m) => SPACE.test(m.surface.trim()))
    .map((m) => nameKey(m.surface).split(' ')[0] ?? '');
  mentions.push(...headlineMentions(tokens, text, known));
  ev.names = new Set([...known, ...firstWords]);
  if (!ev.fullLanguage) ev.solo = soloEvidence(tokens, mentions);
  const ctx = titleContext(options.title, text);
  const common = commonNounAcronyms(tokens, text);
  for (const k of pluralDefinitionKeys(definitions)) common.add(k);
  for (const k of clippedCommonPhrases(mentions, tokens)) common.add(k);
  const people = withArticledTitles(titlePeople(options.title, lang, known), options.title, lang, known);
  const authors = bylineAuthorKeys(options.byline);
  const site = ownSiteKey(options.url);
  const siteNames = siteKeys(options.site, options.url);
  const grouped = dropPartyAdjectives(
    dropPluralAcronyms(
      groupMentions(mentions, definitions, !ev.fullLanguage, people, nounCaps, declinesNames(lang), lower),
    ),
  );
  if (lang === 'fr') articledTowns(grouped, options.title);
  // A Q&A's interviewee answers under their label, which is no furniture (see readInterview).
  const qa = ev.fullLanguage ? readInterview(grouped, text, options.title) : undefined;
  const answering = qa?.answering ?? new Set<EntityGroup>();
  const credits = [...slashCredits(text), ...pictureCredits(text)];
  const groups = foldPlantParts(qa?.groups ?? grouped)
    .filter(
      (g) => ![...g.keys].every((k) => common.has(k)) && (answering.has(g) || !isFurniture(g, tokens, text)),
    )
    .filter((g) => lang !== 'fr' || !isPortfolio(g, tokens))
    .filter((g) => !isBylineAuthor(g, authors, text) && !isStandfirstAuthor(g, authors, text))
    .filter((g) => !isUnitAfterNumbers(g) && !isTransitLine(g) && !isStandardsNotice(g, text))
    .filter((g) => !isCountryCodeCells(g))
    .filter((g) => !isSlashCredit(g, credits))
    .filter((g) => !isSportWord(g) && !isSelfMention(g, siteNames, ctx.titleKey) && !isNewsroomLabel(g))
    .filter((g) => !isHeadingPhrase(g, tokens, lower) && (ev.fullLanguage || !isOwnSite(g, site)))
    .filter(
      (g) =>
        isLikelyName(g, ev) &&
        (ev.fullLanguage || isHighConfidence(g, ctx.titleKey, ev) || isDefinedAcronym(g, definitions)),
    );
  const classified = groups.map((g) => classify(g, ev.names ?? known, ev.fullLanguage, ev.lower, lang));
  // Read names only, a person needs a name that says so (see classify): a list does not make one.
  const vetoed = vetoTypes(
    groups,
    ev.fullLanguage
      ? typeFromLayout(groups, classified, tokens, text, lang, ev.lower)
      : typeCompanies(groups, classified, ev.companies),
    ev.lower,
    lang,
  );
  const types = vetoed.map((t, i) => (answering.has(groups[i] as EntityGroup) ? 'person' : t));
  const capitals = capitalsOfNamedCountries(groups);
  const keys = groups.flatMap((g) => [...g.keys]);
  const titled = withTitledNames(ctx, keys);
  const page: PageCues = {
    ctx: titled,
    description: options.description
      ? withTitledNames(titleContext(options.description, ''), keys)
      : undefined,
    home: homeCountry(options.url),
    tokens,
    fullLanguage: ev.fullLanguage,
    lead: leadSentence(tokens),
    authors,
    answering,
    title: options.title,
    topic: liveTopic(options.title),
  };
  const cued = groups.map((g, i) => {
    const country = capitals.get(i);
    const leads = country !== undefined && countryLeads(g, groups[country], page.lead);
    return toRanked(g, types[i] ?? 'other', page, country, leads);
  });
  const anaphors = bodyAnaphorCounts(groups, cued, tokens, text, page);
  const lent = lendToCountries(
    cued.map((r, i) => ({ ...r, anaphors: anaphors[i] ?? 0 })),
    groups.map((g) => g.mentions.filter((m) => !isDateline(m, text)).length),
  );
  // Dropped after typing: a dateline's place types its region and its wire (see typeDatelines).
  const told = withoutIndices(
    lent,
    groups.map((g) => onlyInDatelines(g, text)),
  );
  if (!options.title || !ev.fullLanguage) return { ranked: told };
  const body = {
    textKey: ` ${nameKey(text.replace(NOT_NAME_CHARS, ' '))} `,
    words: new Set(groups.flatMap((g) => [...g.keys].flatMap((k) => k.split(' ')))),
    keys: new Set(groups.flatMap((g) => [...g.keys])),
    initials: new Set(keys.filter((k) => k.includes(' ')).map((k) => initials(k.split(' ')))),
    lower,
    nounCaps,
    excluded: new Set([...siteNames, ...authors]),
  };
  const fromTitle = rankedCandidates(options.title, { lang: options.lang });
  return { ranked: [...told, ...titleOnlyNames(fromTitle, options.title, lang, body)], fromTitle };
}

/**
 * How often the text calls each body by its head noun alone after naming it (see `bodyAnaphors`); the nouns are
 * French and English ones.
 */
function bodyAnaphorCounts(
  groups: readonly EntityGroup[],
  ranked: readonly RankedEntity[],
  tokens: readonly Token[],
  text: string,
  { fullLanguage, lead }: PageCues,
): number[] {
  if (!fullLanguage) return groups.map(() => 0);
  const type = (i: number) => ranked[i]?.entity.type;
  const body = (i: number): boolean => type(i) === 'organization';
  // A bill, a bridge or a festival is named again by its noun as a body is; a person is named by their role.
  const nouns = groups.map((g, i) =>
    body(i) ? bodyNounsOf(g) : type(i) === 'person' ? new Set<string>() : thingNounsOf(g),
  );
  const roles = groups.map((g, i) => (ranked[i]?.chief ? headRolesOf(g, tokens) : new Set<string>()));
  const [holders, roleHolders] = [holdersOf(nouns), holdersOf(roles)];
  // The one body named by a brand that the title or the first sentence gives.
  const branded = groups.flatMap((g, i) =>
    body(i) && nouns[i]?.size === 0 && (ranked[i]?.titled || namedIn(g, lead)) ? [i] : [],
  );
  const subject = branded.length === 1 ? branded[0] : undefined;
  if (holders.size === 0 && roleHolders.size === 0 && subject === undefined) return groups.map(() => 0);
  const said = bodyNounMentions(tokens, text);
  return groups.map(
    (g, i) =>
      bodyAnaphors(g, nouns[i] as Set<string>, said, holders, i === subject) +
      bodyAnaphors(g, roles[i] as Set<string>, said, roleHolders, false),
  );
}

/** How many of the sets hold each word. */
function holdersOf(sets: readonly ReadonlySet<string>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const ws of sets) for (const w of ws) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

/**
 * The list without the entities `dropped` marks, a capital's `speaksFor` following its country to its new
 * index (or cleared when the country is dropped): an index left as it was would name another entity.
 */
function withoutIndices(ranked: readonly RankedEntity[], dropped: readonly boolean[]): RankedEntity[] {
  const moved: (number | undefined)[] = [];
  let kept = 0;
  for (const out of dropped) moved.push(out ? undefined : kept++);
  return ranked
    .filter((_, i) => !dropped[i])
    .map((r) => (r.speaksFor === undefined ? r : { ...r, speaksFor: moved[r.speaksFor] }));
}

/**
 * Types from what surrounds names across the page: roles before a comma, listed people, score lines, scorecards,
 * acronyms in brackets, products listed together and their makers, towns written as sides, places listed, towns their districts
 * name, threat groups described in apposition, datelines, surnames two people share, firms the text calls so.
 */
function typeFromLayout(
  groups: EntityGroup[],
  types: EntityType[],
  tokens: Token[],
  text: string,
  lang: string,
  lower: ReadonlyMap<string, number>,
): EntityType[] {
  const listed = typeMemberBodies(
    groups,
    typeListedPeople(groups, typeRoleAppositions(groups, types, tokens), tokens),
    tokens,
    lower,
  );
  const cards = typeScorecards(groups, typeScoreLines(groups, listed, tokens), tokens);
  const sides = typeTownSides(
    groups,
    typeProductMakers(
      groups,
      typePairedProducts(groups, typeBracketedAcronyms(groups, cards, tokens), tokens),
      tokens,
    ),
  );
  const listedTowns = lang === 'fr' || lang === 'en' ? typeListedPlaces(groups, sides, tokens, lang) : sides;
  const rivers = typeRiverShortNames(groups, listedTowns);
  const towns = typeTownAdjectiveNames(groups, typeDistrictTowns(groups, rivers));
  const threats = typeAppositiveGroups(groups, towns, tokens);
  const datelines = typeBracketDatelines(groups, typeDatelines(groups, threats, text, tokens), tokens);
  return typeFirmAnaphors(
    groups,
    typeSpeakers(groups, typeSharedSurnames(groups, datelines), tokens),
    tokens,
    lower,
  );
}

const SPACE = /\s/u;

// Characters no name key holds (see `titleContext`).
const NOT_NAME_CHARS = /[^\p{L}\p{N}\s.'’-]/gu;

/** What ranking a group needs to know about the whole page. */
interface PageCues {
  ctx: SalienceContext;
  /** The page's description as a title is read (see `namedBy`), if it has one. */
  description: SalienceContext | undefined;
  /** Keys of the site's home country (see `homeCountry`). */
  home: ReadonlySet<string>;
  tokens: readonly Token[];
  /** French or English, read fully (see `readsLanguageFully`). */
  fullLanguage: boolean;
  /** The article's first sentence (see `leadSentence`). */
  lead: number;
  /** Keys of the names the byline credits (see `bylineAuthorKeys`). */
  authors: ReadonlySet<string>;
  /** A Q&A's interviewees (see `readInterview`). */
  answering: ReadonlySet<EntityGroup>;
  title: string | undefined;
  /** What a live blog's title says it follows (see `liveTopic`), or ''. */
  topic: string;
}

function toRanked(
  g: EntityGroup,
  type: EntityType,
  { ctx, description, home, tokens, fullLanguage, lead, authors, answering, title, topic }: PageCues,
  speaksFor: number | undefined,
  countryLeads: boolean,
): RankedEntity {
  const interviewee = answering.has(g);
  const text = interviewee ? speakerName(g, title) : canonicalName(g);
  const variants = [...g.surfaces.keys()].filter((s) => s !== text);
  const cues = groupCues(g, ctx);
  // Mentions outside headline lines.
  const told = g.mentions.filter((m) => !m.headline).length;
  const entity = { text, type, count: g.mentions.length, variants, score: salience(g, text, ctx, cues) };
  return {
    entity,
    first: cues.first,
    titled: cues.titled,
    described: description !== undefined && namedBy(g, description),
    credited: cues.credits === g.mentions.length,
    demonym: [...g.keys].every(isDemonym) || countsMembers(g) || isCoordinatedGroupWord(g, tokens),
    broad: [...g.keys].some(isBroadRegion),
    holiday: type !== 'person' && [...g.keys].some(isHoliday),
    party: !cues.titled && partyInPassing(g),
    qualifier: qualifiesNames(g) || (type === 'place' && modifiesNames(g, tokens)),
    home: !cues.titled && [...g.keys].some((k) => home.has(k)),
    // Pages read for names only are often a blogger's own (their seminar, their video): there the writer may
    // well be the subject.
    author: fullLanguage && !cues.titled && [...g.keys].some((k) => authors.has(k)),
    speaksFor: type === 'person' || (cues.titled && !countryLeads) ? undefined : speaksFor,
    // The verbs are French and English ones.
    acting: fullLanguage ? g.mentions.filter((m) => !m.headline && actsIn(m)).length : 0,
    voiced:
      type === 'person' && fullLanguage
        ? g.mentions.filter((m) => !m.headline && !actsIn(m) && voicedIn(m, tokens)).length
        : 0,
    once: fullLanguage && told === 1,
    // A body or work the lead names once may be one in passing there ("said the county police"); the lead of a
    // text read for names only is not weighed beyond its people.
    lead: namedIn(g, lead) && (type === 'person' || (fullLanguage && told >= 2)),
    work: g.mentions.some((m) => m.work),
    leadOnce: fullLanguage && told === 1 && (type === 'organization' || type === 'place') && namedIn(g, lead),
    chief: type === 'person' && fullLanguage && isNamedHead(g, tokens),
    // The openers are French and English words.
    example: fullLanguage && onlyExamples(g, tokens),
    // The naming verbs are French and English ones.
    coined: fullLanguage && type !== 'person' && coinedIn(g, tokens),
    interviewee,
    topic: cues.titled && followsTopic(g.keys, topic),
    event: cues.titled && type === 'other' && namesEvent(g.keys),
  };
}
