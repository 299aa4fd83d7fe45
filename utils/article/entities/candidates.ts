import { endBeforeCapitalAdjective } from './adjective-ends';
import { agreementStart } from './agreement-names';
import { opensLocalService } from './and-bodies';
import { isOpenedArticle } from './article-particles';
import { COMPANY_LAST } from './company-words';
import { namingTail } from './compound-tails';
import { countedNounOpens } from './counted-nouns';
import { isCourtesyTitleOf } from './courtesy-titles';
import { capitalisesNouns } from './coverage';
import { isDescriptorOpener } from './descriptor-openers';
import type { TextEvidence } from './evidence';
import { featurePlaceStart } from './feature-places';
import { isDemonym } from './filter';
import { furnitureOpensName } from './furniture-openers';
import { DIRECTION_WORDS, isFrenchDemonym, isKnownName, ORG_WORDS, ORGANIZATIONS, PLACES } from './gazetteer';
import { nominativeAfterDes } from './german-declension';
import { genitiveOwnerEnd } from './german-genitives';
import { isGermanCommonNoun } from './german-nouns';
import { endBeforeNounTail } from './german-tails';
import { gluedNumberEnd } from './glued-numbers';
import { workKey } from './italic-works';
import { listedAfterKind } from './kind-lists';
import { COURTESY_TITLES, FURNITURE, ROLE_QUALIFIERS } from './lexicon';
import { lowerBodyStart } from './lower-bodies-fr';
import { lowerHeadStart } from './lower-heads';
import type { Mention } from './mention';
import { inNameList } from './name-lists';
import { nameKey } from './normalize';
import {
  commonNounBeforeName,
  endOfWrittenPerson,
  genitiveBeforeNoun,
  placeAdjectiveBeforeNoun,
} from './noun-before-name';
import {
  beforeOffice,
  continuesPortfolio,
  holderStart,
  isCommonPortfolio,
  isKnownPortfolio,
} from './office-roles';
import { opensFullName } from './opening-given-names';
import { opensEveryMention } from './opening-words';
import { endsWithPartyMember, opensWithPartyMember } from './party-tags';
import {
  beforeParticleSurname,
  givenNameAndParticle,
  isPersonShaped,
  opensParticleSurname,
} from './person-shape';
import { opensNationalBody } from './place-tails';
import { positionInside } from './positions';
import { possessiveTitle } from './possessive-names';
import { namedKindBefore } from './quoted-titles';
import { opensRanks } from './rank-titles';
import { isResultSide } from './result-sides';
import { isRoyalName } from './royal-names';
import { spanKey, spans } from './runs';
import { isComparison, isOpeningAdverb, isOpeningPrepositionOrContact } from './sentence-openers';
import { mediumAfterName } from './signed-media';
import { opensSlogan } from './slogan-verbs';
import { isNameToken, isStop } from './span';
import { dropsLast, isCounselRank, surnameParticleBefore } from './span-edges';
import { splitAtGivenName } from './split';
import { isListing } from './ticker-symbols';
import { isGivenName, isTitle } from './titles';
import type { Token } from './tokenize';
import { peopleWordBeforePerson } from './town-demonyms';
import { isUnitWord } from './units';
import { headsAsVerb } from './verb-titles';
import { opensStormName, stormWordStart } from './weather-systems';
import { endsWeekdayTitle } from './weekday-titles';
import { isOpeningGivenWord } from './word-given-names';
import { endBeforeWorkMedium } from './work-media';

/** Capitalised spans of the text (headlines aside), joined across connectors, titles and openers removed. */
export function findMentions(
  tokens: Token[],
  text: string,
  ev: TextEvidence,
  runs: Array<[number, number]> = spans(tokens, ev.lang),
): Mention[] {
  const out: Mention[] = [];
  // Where nouns take capitals, the names as written, to tell a noun glued before one (see commonNounBeforeName).
  const written = capitalisesNouns(ev.lang) ? runKeys(tokens, runs) : undefined;
  for (const [from, to] of runs) out.push(...trimSpan(tokens, text, from, to, ev, written));
  // "des Landgerichts Berlin": a German body's genitive shown as written alone.
  if (written) for (const m of out) if (m.before[0] === 'des') m.surface = nominativeAfterDes(m.surface);
  return out;
}

/** Keys of the runs, single words included; a run opened by a function word ("Der Künstler") counts without it. */
function runKeys(tokens: Token[], runs: Array<[number, number]>): Set<string> {
  const out = new Set<string>();
  const key = (a: number, b: number): string =>
    tokens
      .slice(a, b)
      .map((t) => t.folded)
      .join(' ');
  for (const [a, b] of runs) {
    out.add(key(a, b));
    if (b - a > 1 && tokens[a]?.stop) out.add(key(a + 1, b));
  }
  return out;
}

/**
 * Drops titles (kept as a person cue), sentence openers, caption labels, nationality words and calendar words
 * from the ends of a span, then splits "Indonesian President Suharto" and "Ukraine Kurt Volker" in two.
 */
function trimSpan(
  tokens: Token[],
  text: string,
  from: number,
  to: number,
  ev: TextEvidence,
  written?: ReadonlySet<string>,
): Mention[] {
  // Most texts set no work apart: no key to build then.
  if (ev.works?.size && ev.works.has(workKey(from, to))) return keep(workMention(tokens, text, from, to));
  // "hat Frank Witzel den Deutschen Buchpreis": a German accusative or dative article joins no name.
  const article = written ? caseArticleInside(tokens, from, to) : -1;
  if (article > 0) {
    const rest = nextName(tokens, article + 1, to);
    return [
      ...trimSpan(tokens, text, from, article, ev, written),
      ...trimSpan(tokens, text, rest, to, ev, written),
    ];
  }
  if (isListing(tokens, from, to)) return [];
  // « un Ehpad de Mérignac »: the kind of thing stands apart from the place it is in.
  if (countedNounOpens(tokens, from, to, ev.lang)) {
    return [
      ...trimSpan(tokens, text, from, from + 1, ev, written),
      ...trimSpan(tokens, text, nextName(tokens, from + 1, to), to, ev, written),
    ];
  }
  if (ev.lang === 'en' && continuesPortfolio(tokens, from)) {
    const holder = holderStart(tokens, from, to, isGivenName);
    return keep(
      isKnownPortfolio(tokens, from, holder) ? makeMention(tokens, text, from, holder, false) : null,
      makeMention(tokens, text, holder, to, true),
    );
  }
  let a = from;
  let b = to;
  let personCue =
    isTitle(tokens[from - 1]) && !roleOfElidedBody(tokens, from) && !headsAsVerb(tokens, from - 1);
  if (isKnown(tokens, a, b)) return keep(makeMention(tokens, text, a, b, personCue));
  // The same words written inside a sentence elsewhere: a capital at the start proves nothing against it.
  const seenInside = tokens[a]?.initial === true && ev.midSpans.has(spanKey(tokens, a, b));
  // "le général de Gaulle", "M. de Villepin": the particle belongs to the surname.
  if (surnameParticleBefore(tokens, from, ev)) {
    return keep(makeMention(tokens, text, from - 1, b, true));
  }
  const member = (i: number): boolean => opensWithPartyMember(tokens, i, b, isGivenName);
  while (a < b && (dropsFirst(tokens, a, b, ev, seenInside) || opensRanks(tokens, a, b) || member(a))) {
    personCue ||=
      isTitle(tokens[a]) ||
      isCourtesyTitleOf(tokens[a]?.folded ?? '', ev.lang) ||
      opensRanks(tokens, a, b) ||
      member(a);
    a = nextName(tokens, a + 1, b);
    // "Präsident der Deutschen Bundesbank", "President of the Commission": the role governs a body, not a person.
    if (personCue && tokens.slice(a - 1, a).some((t) => t?.isWord === true && isStop(t) && !isTitle(t)))
      personCue = false;
  }
  // "Sarah Whitcombe KC": the rank makes a person of the name it closes, not of a role split off before it.
  let counsel = false;
  while (
    b > a &&
    !endsWeekdayTitle(tokens, a, b) &&
    dropsLast(tokens[b - 1] as Token, b - a, [tokens[b], tokens[b + 1]])
  ) {
    counsel ||= isCounselRank(tokens[b - 1] as Token, b - a);
    b--;
  }
  b = beforeOffice(tokens, a, endBeforeCapitalAdjective(tokens, a, endBeforeWorkMedium(tokens, a, b), ev));
  if (endsWithPartyMember(tokens, a, b)) b--;
  // "die App WeChat", "der Diplomat der Name Arend": a frequent common noun heads no name, unless a quote opens
  // with it (« „Buch Wien“ », a fair).
  const quoted = /^[«“„"]$/.test(tokens[a - 1]?.text ?? '');
  while (written && !quoted && b - a > 1 && isGermanCommonNoun(tokens[a]?.folded ?? ''))
    a = nextName(tokens, a + 1, b);
  // "Stromlieferant EDF", "Konkurrent Google": German capitalises the common noun before a name.
  if (written && placeAdjectiveBeforeNoun(tokens, a, b, written)) a = nextName(tokens, a + 1, b);
  if (written && genitiveBeforeNoun(tokens, a, b, written)) a = nextName(tokens, a + 1, b);
  if (written && commonNounBeforeName(tokens, a, b, written)) a = nextName(tokens, a + 1, b);
  if (written) b = endBeforeNounTail(tokens, a, endOfWrittenPerson(tokens, a, b, written));
  if (a >= b) return [];
  // "Rudolf Augsteins Motto", "Kafkas Roman": a German genitive owner, shown without its "-s", owns the noun after.
  const owner = written ? genitiveOwnerEnd(tokens, a, b, written) : -1;
  if (owner >= a) {
    const m = makeMention(tokens, text, a, owner + 1, personCue);
    const rest = nextName(tokens, owner + 1, b);
    return [
      ...keep(m && { ...m, surface: m.surface.slice(0, -1) }),
      ...(rest < b ? trimSpan(tokens, text, rest, b, ev, written) : []),
    ];
  }
  const title = lastInnerTitle(tokens, a, b);
  if (title >= 0) {
    const tail = nextName(tokens, title + 1, b);
    const role = roleStart(tokens, a, title);
    const body = isCommonPortfolio(tokens, a, role, ev.lower)
      ? null
      : makeMention(tokens, text, a, role, personCue);
    return keep(body, makeMention(tokens, text, tail, b, true));
  }
  const position = positionInside(tokens, a, b);
  if (position > a) {
    return keep(
      makeMention(tokens, text, a, position, personCue),
      makeMention(tokens, text, position + 1, b, true),
    );
  }
  const medium = mediumAfterName(tokens, a, b);
  if (medium > a) {
    return keep(makeMention(tokens, text, a, medium, personCue), makeMention(tokens, text, medium, b, false));
  }
  const given = splitAtGivenName(tokens, a, b, ev);
  if (given > a) {
    // "Cleveland DL Larry Ogunjobi": a player's position between team and name belongs to neither.
    const position = given - 1 > a && /^\p{Lu}{2,3}$/u.test(tokens[given - 1]?.text ?? '');
    // "MTB-Star Tomas Lemoine Musik": the person's name split off ends as the text writes it alone too.
    const end = written ? endOfWrittenPerson(tokens, given, b, written) : b;
    // « Gobierno de Isabel Díaz Ayuso »: the connector before the person is no part of the name before.
    let before = position ? given - 1 : given;
    while (before > a && isStop(tokens[before - 1] as Token)) before--;
    return keep(
      makeMention(tokens, text, a, before, personCue),
      makeMention(tokens, text, given, end, personCue || counsel),
    );
  }
  return keep(makeMention(tokens, text, a, b, personCue || counsel));
}

/**
 * « le directeur d’Owkin », « le patron d’Airbus »: a role before an elided « d’ » governs the body named after it;
 * a courtesy title keeps its person (« M. d’Ormesson »).
 */
const roleOfElidedBody = (tokens: Token[], from: number): boolean =>
  tokens[from]?.elided === true && !COURTESY_TITLES.has(tokens[from - 1]?.folded ?? '');

/** Index of a lower-case "den" or "dem" inside tokens(a..b), or -1. */
function caseArticleInside(tokens: Token[], a: number, b: number): number {
  for (let k = a + 1; k < b - 1; k++) if (tokens[k]?.text === 'den' || tokens[k]?.text === 'dem') return k;
  return -1;
}

// « l’initiative « Pour des loyers abordables » »: a title quoted whole after the kind of thing it names keeps the
// function word that opens it; a quoted sentence (« Nous sommes… ») or phrase (« Pour Lyon ») names nothing.
const QUOTE_PAIRS = new Map([
  ['«', '»'],
  ['“', '”'],
]);
const quotedWhole = (tokens: Token[], a: number, b: number): boolean =>
  b - a > 1 && QUOTE_PAIRS.get(tokens[a - 1]?.text ?? '') === tokens[b]?.text && namedKindBefore(tokens, a);

/** Whether the first word of tokens[a..b) is not part of the name. */
function dropsFirst(tokens: Token[], a: number, b: number, ev: TextEvidence, seenInside: boolean): boolean {
  const t = tokens[a] as Token;
  const more = b - a > 1;
  // "The Ferryman's Daughter" written whole again: the article is the title's (see possessiveTitle).
  const titled = b - a === 3 && tokens[a + 1]?.possessive === true && possessiveTitle(tokens, a, a + 2);
  if ((isStop(t) && !isInitial(tokens, a, b) && !quotedWhole(tokens, a, b) && !titled) || t.text === '.')
    return true;
  if (isUnitWord(t.text, tokens[a - 1]?.text ?? '')) return true;
  if (
    opensEveryMention(tokens, a, b, ev.midCaps, ev.lang) &&
    !isTitle(t) &&
    !isCourtesyTitleOf(t.folded, ev.lang)
  )
    return false;
  if (FURNITURE.has(t.folded) && !opensWithKnown(tokens, a, b) && !furnitureOpensName(tokens, a, b, ev))
    return true;
  if (more && isCourtesyTitleOf(t.folded, ev.lang)) return true;
  if (isTitle(t))
    return (
      more && !ORG_WORDS.has(tokens[b - 1]?.folded ?? '') && !(ev.lang === 'en' && isRoyalName(tokens, a, b))
    );
  if (!more) return false;
  if (isComparison(t.folded, ev.lang) && tokens[b]?.text === ',' && !opensWithKnown(tokens, a, b))
    return true;
  // "Co Galway", "Co. Durham": Irish and British papers shorten "County" before the county's name.
  if (t.text === 'Co' && (tokens[a + 1]?.text === '.' || tokens[a + 1]?.capital === true)) return true;
  // "les tomes III et IV Mémoires pour servir…": a volume's or a chapter's number before a title; "XV de France"
  // keeps its own, joined by a particle.
  if (/^[IVXLC]{2,}$/.test(t.text) && isNameToken(tokens[a + 1])) return true;
  // "l’Allemand Uwe Peschel", "German Angela Merkel"; but "Arab Spring", "Palestinian Authority" are names.
  if (isDemonym(t.folded) && (isFrenchDemonym(t.folded) || personFollows(tokens, a + 1, b))) return true;
  if (peopleWordBeforePerson(tokens, a, b)) return true;
  if (ev.lang === 'en' && opensSlogan(tokens, a, b)) return true;
  if (!t.initial || t.loud || seenInside || isNumberedBill(tokens, b)) return false;
  // "Marine Le Pen", « Le Pen » opening a sentence: a given name before a surname particle, or an article read as
  // a name's inside another sentence (see namesOpenedByArticles), is the name's, though "marine" and « le » are
  // written in lower case too.
  if (
    isOpenedArticle(t) ||
    isOpeningGivenWord(t) ||
    (ev.lang === 'en' && opensParticleSurname(tokens, a)) ||
    givenNameAndParticle(spanKey(tokens, a, b).split(' '))
  )
    return false;
  // "Inside Terminal 2, …", "Contact Pressline at…": a preposition or a contact line's verb, unless the name is
  // known ("Near East") or goes on with a common word ("Inside Out" as the sentence's subject).
  if (
    isOpeningPrepositionOrContact(t.folded, ev.lang) &&
    !opensWithKnown(tokens, a, b) &&
    !goesOnLower(tokens[a + 1], ev)
  )
    return true;
  // "Arts Council England has money…": a field before a body's head and more of its name is the body's own word.
  if (b - a > 2 && ORG_WORDS.has(tokens[a + 1]?.folded ?? '') && !isDescriptorOpener(t.folded, ev.lang))
    return false;
  if (opensStormName(spanKey(tokens, a, b).split(' '))) return false;
  // "South Central Railway cancelled trains", "Western Union said": a direction opening a name that a body's
  // head closes is the body's word, though "south" is written in lower case elsewhere.
  if (DIRECTION_WORDS.has(t.folded) && closesBody(tokens[b - 1]?.folded ?? '')) return false;
  if (ev.lang === 'en' && (opensNationalBody(tokens, a, b) || opensLocalService(tokens, a, b))) return false;
  // A sentence opener written in lower case elsewhere ("Selon", "Welcome"), or never capitalised inside a
  // sentence while the rest is a name seen on its own ("Getting Disney+ right"); after an elided article
  // ("L’Olympique de Vannes"), the capital is the name's, not the sentence's.
  if ((ev.lower.get(t.folded) ?? 0) > 0 || isDescriptorOpener(t.folded, ev.lang)) return true;
  if (t.elided) return false;
  // "Separately Google said…": an adverb never capitalised inside a sentence, and no known name or given name.
  if ((ev.midCaps.get(t.folded) ?? 0) === 0 && !isKnownWord(t.folded) && isOpeningAdverb(t.folded, ev.lang))
    return true;
  if (opensFullName(tokens, a, b, ev) || (ev.lang === 'en' && beforeParticleSurname(tokens, a))) return false;
  // "Southern California Edison said…": a direction before a known place opens the name, sentence or not.
  if (DIRECTION_WORDS.has(t.folded) && PLACES.has(tokens[a + 1]?.folded ?? '')) return false;
  return (ev.midCaps.get(t.folded) ?? 0) === 0 && !isKnownWord(t.folded) && restIsName(tokens, a + 1, b, ev);
}

/**
 * "D. A. Rawley": a capital and its full stop before another initial is one, even if "A" or "D" is a stop; alone
 * ("M. L. Pietra" once the title is dropped, "L. Pietra") a French "L" or "D" may be an elision's.
 */
const isInitial = (tokens: Token[], a: number, b: number): boolean =>
  /^\p{Lu}$/u.test(tokens[a]?.text ?? '') &&
  tokens[a + 1]?.text === '.' &&
  /^\p{Lu}$/u.test(tokens[a + 2]?.text ?? '') &&
  tokens[a + 3]?.text === '.' &&
  a + 4 < b &&
  // "A. D. 1800" has no surname after its letters.
  (tokens[b - 1]?.text.length ?? 0) > 1 &&
  // "D. Maria da Gloria": before a given name, the letter is a title (Dom, Doña).
  !isGivenName(tokens[a + 2]?.folded ?? '');

/** A body's head or a company's last word ("Council", "Railway"). */
const closesBody = (w: string): boolean => ORG_WORDS.has(w) || COMPANY_LAST.has(w);

/** A person's name follows a nationality word: "German Angela Merkel", "Australian Rodney Eyles". */
function personFollows(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from]?.folded ?? '';
  if (isGivenName(first)) return true;
  // "Southern California Edison", "Northern Ohio Gas": a direction before a place names a region, not a people.
  return to - from >= 2 && !PLACES.has(first) && isPersonShaped(spanKey(tokens, from, to));
}

// Texts a legislature numbers: "House Bill 417", "Senate Resolution 12", "Proposition 50".
const NUMBERED_TEXTS = new Set(['bill', 'resolution', 'proposition', 'amendment', 'act']);

/** "House Bill 417 passed…": a numbered bill opening a sentence is one name, its common words included. */
const isNumberedBill = (tokens: Token[], b: number): boolean =>
  NUMBERED_TEXTS.has(tokens[b - 1]?.folded ?? '') && /^\d+$/.test(tokens[b]?.text ?? '');

/** The rest of the span starts with a word capitalised inside other sentences too. */
function restIsName(tokens: Token[], from: number, to: number, ev: TextEvidence): boolean {
  const t = tokens[nextName(tokens, from, to)];
  return t !== undefined && (ev.midCaps.get(t.folded) ?? 0) >= 2;
}

/** The word after an opener is a common word: written in lower case at least as often as with a capital. */
function goesOnLower(t: Token | undefined, ev: TextEvidence): boolean {
  const lower = t === undefined ? 0 : (ev.lower.get(t.folded) ?? 0);
  return lower > 0 && lower >= (ev.midCaps.get(t?.folded ?? '') ?? 0);
}

const isKnownWord = (w: string): boolean => PLACES.has(w) || ORGANIZATIONS.has(w) || isGivenName(w);

/** The whole span is a known name ("Le Monde", "Los Angeles", "The Hague"): keep its article. */
/** « Crédit Agricole d’Aquitaine »: the name opens with a known one, whose first word is no caption label. */
function opensWithKnown(tokens: Token[], a: number, b: number): boolean {
  for (let k = a + 2; k < b; k++) if (isKnown(tokens, a, k)) return true;
  return false;
}

function isKnown(tokens: Token[], a: number, b: number): boolean {
  if (b - a < 2) return false;
  const key = nameKey(
    tokens
      .slice(a, b)
      .map((t) => t.text)
      .join(' '),
  );
  return isKnownName(key);
}

const keep = (...ms: (Mention | null)[]): Mention[] => ms.filter((m): m is Mention => m !== null);

/** Index of the first name token in [at, to), or `to`. */
export function nextName(tokens: Token[], at: number, to: number): number {
  let i = at;
  while (i < to && !isNameToken(tokens[i])) i++;
  return i;
}

/**
 * Where the role ending at `title` starts: its qualifiers and the offices it completes belong to it ("Senate
 * Majority Leader", "Deputy Prime", "ESA Director General").
 */
function roleStart(tokens: Token[], a: number, title: number): number {
  let k = title;
  while (k > a && (ROLE_QUALIFIERS.has(tokens[k - 1]?.folded ?? '') || isTitle(tokens[k - 1]))) k--;
  return k;
}

/** Index of the last title word inside the span with a name after it, or -1. */
function lastInnerTitle(tokens: Token[], a: number, b: number): number {
  if (ORG_WORDS.has(tokens[b - 1]?.folded ?? '')) return -1;
  for (let k = b - 2; k > a; k--) {
    if (isTitle(tokens[k]) && isNameToken(tokens[k + 1]) && !isTitle(tokens[k + 1])) return k;
  }
  return -1;
}

/** A work's title set in italics, whole, with its elided article (« L’Hiver à Nantes »). */
function workMention(tokens: Token[], text: string, a: number, b: number): Mention | null {
  const m = makeMention(tokens, text, a, b, false);
  if (!m) return null;
  const elision = m.capitalElision && m.from === a ? 2 : 0;
  return {
    ...m,
    surface: text.slice(m.offset - elision, m.offset) + m.surface,
    offset: m.offset - elision,
    work: true,
  };
}

// What makes one space of the white space between a mention's words: a run of two or more, or one that is no
// plain space (as `/\s+/g` would, without copying the many surfaces that have neither).
const SPACES_TO_JOIN = /\s{2,}|[^\S ]/g;

function makeMention(
  tokens: Token[],
  text: string,
  a: number,
  b: number,
  personCue: boolean,
): Mention | null {
  if (a >= b) return null;
  b = gluedNumberEnd(tokens, text, b);
  a = featurePlaceStart(tokens, text, lowerHeadStart(tokens, text, a));
  if (!personCue)
    a = agreementStart(tokens, text, stormWordStart(tokens, lowerBodyStart(tokens, text, a), b), b);
  const first = tokens[a] as Token;
  const last = tokens[b - 1] as Token;
  const surface = text.slice(first.start, last.start + last.text.length).replace(SPACES_TO_JOIN, ' ');
  const before = [tokens[a - 1]?.folded ?? '', tokens[a - 2]?.folded ?? ''];
  const after = [tokens[b]?.folded ?? '', tokens[b + 1]?.folded ?? ''];
  if (surface.length < 2 || /^\p{Lu}$/u.test(surface) || /^[IVXLC]+$/.test(surface)) return null;
  if (b - a === 1 && isTitle(first)) return null; // "MM." (Messieurs), "Dr" alone
  return {
    surface,
    offset: first.start,
    from: a,
    to: b,
    sentence: first.sentence,
    initial: first.initial,
    headline: false,
    personCue,
    elided: first.elided,
    capitalElision: first.elided && /^\p{Lu}[’']$/u.test(text.slice(first.start - 2, first.start)),
    possessive: last.possessive,
    kindListed: listedAfterKind(tokens, a) || inNameList(tokens, a, b),
    side: isResultSide(tokens, a, b),
    tail: namingTail(tokens, text, b),
    before,
    after,
  };
}
