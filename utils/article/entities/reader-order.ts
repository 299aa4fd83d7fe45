import type { Entity, EntityType } from '@/utils/article/types';

/** An entity with what the order shown to the reader needs beyond its salience. */
export interface RankedEntity {
  entity: Entity;
  /** How far into the text it is first named, 0 to 1. */
  first: number;
  /** The title (or a headline line at the top) names it. */
  titled: boolean;
  /** The page's own description (its meta description, often the standfirst) names it. */
  described: boolean;
  /** Only ever named in credits and source lines ("Photo: KNA", "told Reuters"). */
  credited: boolean;
  /** A nationality or people word ("Iraqi", "Americans"), or party members named in passing ("Democrats"). */
  demonym: boolean;
  /** A continent or world region ("Europe", "Middle East"). */
  broad: boolean;
  /** A holiday (« Noël », "Easter"): when the story happens. */
  holiday: boolean;
  /** A political party named once or twice, the title not naming it: a side the story quotes. */
  party: boolean;
  /** Mostly named in brackets after another name ("Moser (Italie)"), or a place modifying one ("U.S. Attorney"). */
  qualifier: boolean;
  /** The site's home country (by its address), the title not naming it: where its stories happen. */
  home: boolean;
  /**
   * The byline credits it and the title does not name it: the page's writer, whom the text names too (a column
   * presenting its signer, a reporter's aside), writes about the subjects rather than being one.
   */
  author: boolean;
  /** Mentions where it is the subject of a verb ("the board has named", « Moscou a rejeté »). */
  acting: number;
  /** Mentions where a person speaks or acts past a role or a quote (see `voicedIn`), `acting` not counting them. */
  voiced?: number;
  /** The text outside headline lines names it once (French and English, whose verbs `acting` reads). */
  once: boolean;
  /**
   * Times the text calls the body by its head noun alone after naming it ("the council"), or the head by their
   * role ("the minister", see `bodyAnaphors`).
   */
  anaphors?: number;
  /** A person named as the head of an office or a side (see `isNamedHead`). */
  chief: boolean;
  /**
   * The article's first sentence names it, a person, or in French and English a name told twice or more: news
   * leads with who acts and what it is about.
   */
  lead: boolean;
  /**
   * The first sentence names it, a body or a place the text names only there: what the lead announces (the
   * client of a feature, the town of a court case), though it may be one in passing ("said the county police").
   */
  leadOnce: boolean;
  /** A work's title set in italics (see `italicWorks`). */
  work?: boolean;
  /** Only the title names it, the body never (see `titleOnlyNames`). */
  titleOnly?: boolean;
  /** Only ever given as an example ("clients including Walmart", « comme le Fluad »): named in passing. */
  example: boolean;
  /** Named by a naming verb ("codenamed Operation Tarnside", « baptisée Eastwood », see `coinedIn`). */
  coined?: boolean;
  /** A Q&A's interviewee, who answers under their label (see `readInterview`): what the page is about. */
  interviewee?: boolean;
  /** A live blog's title names it as what the blog follows ("Storm Ines live: …", see `liveTopic`). */
  topic?: boolean;
  /** The title names it, a competition or a gathering named by its event word (see `namesEvent`). */
  event?: boolean;

  /**
   * The index in the ranked list of the country a capital stands for, the article naming both ("Moscou", « la
   * Russie ») and its title not the capital ("Delhi air pollution" is about the city).
   */
  speaksFor?: number;
}

/** A ranked entity first named at the text's start, with no cue but those given. */
export const rankedWith = (entity: Entity, cues: Partial<RankedEntity> = {}): RankedEntity => ({
  entity,
  first: 0,
  titled: false,
  described: false,
  credited: false,
  demonym: false,
  broad: false,
  holiday: false,
  party: false,
  qualifier: false,
  home: false,
  author: false,
  acting: 0,
  once: false,
  chief: false,
  lead: false,
  leadOnce: false,
  example: false,
  ...cues,
});

// The list's head: salience decides which names make it, the reader's cues decide their order.
const HEAD = 10;
// The first five are what a reader scans for the article's subjects.
const TOP = 5;
// Measured on the reader's gold (checked on both halves of it by id hash; entities-dev scores the top 10 as a set).
const LATE = 2;
const PASSING_PLACE = 0.8;
const BROAD_REGION = 0.5;
// A name the article has act (the subject of a verb, up to twice) is what a reader takes for a subject.
const ACTS = 1.5;
const ACTING_MOST = 2;
// A person who signs a quote or acts past their role (see `voicedIn`), once: less than a name acting, whose verb
// follows it (fresh pages gain at 0.75; the reader's gold holds there and loses key@5 at 1 and 1.5, quoted outside
// experts then displacing subjects).
const VOICE = 0.75;
// A person the first sentence names (checked on both halves of the reader's gold; any weight from 2 to 6 gives
// the same lists there).
const LEAD_PERSON = 2;
// A body, a work or a product the first sentence names ("The Supreme Court heard…", « Le Mercosur… »): the
// subject the lead announces, before a country or city it names as often in passing (fresh pages gain from 1 to 2,
// most at 1.5; the reader's gold keeps its key@5 up to 1.5 and loses beyond).
const LEAD_BODY = 1.5;
// A body or place the first sentence names once: less than a name the lead tells twice, more than one named once
// further on (fresh pages gain at 1 and lose beyond 1.5; the reader's gold keeps its key@5 from 0.5 to 2).
const LEAD_ONCE = 1;
// A person named as the head of an office or a side (the mayor, the minister, the prosecutor): the story's actor
// more often than a name as salient in passing (reader's gold and fresh pages both gain from 0.25 to 0.75).
const CHIEF = 0.5;
// A place the title does not name, named once and never as the subject of a verb, is where something happened
// in passing ("a plant in Ohio", the countries listed in a vote): below the people and bodies named as often
// (reader's gold and fresh pages both gain, and nothing is lost, from 1.5 to 3).
const ONCE_PLACE = 1.5;
// A work the title or the first sentence names is what a review or a portrait is about (the book reviewed, the
// film a career is remembered for): as much a subject as a body the lead names.
const NAMED_WORK = LEAD_BODY;
// A name only ever given as an example comes after the names the article tells of for themselves.
const EXAMPLE = 1.5;
// A name the page's description gives (its meta description, often the standfirst): a reader takes what the
// page is said to be about for its subjects. Added to the lead cues, not instead (weighing it only for names the
// first sentence does not give loses on fresh pages): fresh pages gain from 0.5 to 1.5, and lose beyond 2; the
// reader's gold keeps its figures up to 2 and loses key@5 at 3.
const DESCRIBED = 1;
// What a live blog's title says it follows ("Storm Ines live: …") is its subject, however seldom its entries
// name it (they say "the storm"): as much as a body the lead names.
const LIVE_TOPIC = LEAD_BODY;
// A competition or a festival the title names is what a match report or a feature is about, however seldom the
// text names it whole (it says "the league", "the final"): as much as the title itself, so that one named once
// comes before the riders named three or four times (fresh pages and the reader's gold keep their figures from
// 1.5 to 3; only 3 brings such a competition into the first five).
const TITLED_EVENT = 3;
// A body the text names in full, then by its head noun ("Leeds City Council … the council said"), or a head then
// by their role ("the minister said"): each such mention is one of theirs, up to a few (the reader's gold keeps
// its figures; the 550 pages' top fives gain a court over a surname fragment).
const ANAPHOR = 1;
const ANAPHORS_MOST = 3;
// How far after the first ten such a head is brought in (see `withHeadsIn`), and one the text has act or speak
// (« La présidente, Ursula von der Leyen, a reçu… »): an actor of the story, however late and seldom named.
const HEADS_REACH = 2;
// A name the article coins ("the inquiry, codenamed Operation Tarnside", « baptisée Eastwood ») names what it
// tells of, an inquiry, a plan, a project: as much a subject as a body the lead names, brought into the first ten
// from as far as this.
const COINED = LEAD_BODY;
const COINED_REACH = 10;
// A place named this often or less, neither titled nor acting, is named in passing.
const PASSING_COUNT = 2;
// A body the text names again by its head noun this often ("the Security Council … the council's polls … the
// council chamber") is told of more than its count says: brought in as a coined name is.
const RETOLD = 2;
const ACTING_HEADS_REACH = 4;

/**
 * Salience ranks, best first; then, within the first ten, what a reader takes for the article's subjects comes
 * first: a name the article opens with rather than one it brings in late, one it has act rather than one
 * named in passing, a person, body or work its first sentence names, one the page's description names, and a
 * country or city the title does not name, or any continent (where the story happens, the background), after the
 * people and bodies it is about; a name only credited (a photo agency, a wire) or only named in a dateline comes
 * after all of them. Nationality and party-member words never open the list; they keep their place after the first
 * five.
 */
export function readerOrder(ranked: RankedEntity[]): Entity[] {
  const bySalience = [...ranked].sort(
    (a, b) =>
      b.entity.score - a.entity.score ||
      b.entity.count - a.entity.count ||
      a.entity.text.localeCompare(b.entity.text),
  );
  const salient = withToldOfIn(withHeadsIn(withTitleOnlyIn(bySalience)));
  const head = salient
    .slice(0, HEAD)
    .map((r) => ({ r, key: subjectScore(r) }))
    // A name only credited, or only named in a dateline, is no subject: it follows every name the text tells
    // of, even one in passing.
    .sort((a, b) => Number(untold(a.r)) - Number(untold(b.r)) || b.key - a.key)
    .map(({ r }) => r);
  const list = afterTheirCountries(writersAfterSubjects([...head, ...salient.slice(HEAD)]), ranked);
  // The interviewee opens the list, whatever their salience: a Q&A names them in its labels, seldom in its prose.
  list.sort((a, b) => Number(!!b.interviewee) - Number(!!a.interviewee));
  const top = list.filter((r) => !r.demonym).slice(0, TOP);
  return [...top, ...list.filter((r) => !top.includes(r))].map((r) => r.entity);
}

/**
 * A person named as the head of a side (the prefect, the union's president, named once or twice, late), or one the
 * text has act twice (the coach who « a haussé le ton » and « a fait entrer » a player), ranked just after the
 * first ten, or a little further when the text has them act or speak or names them again by their role, takes the place of the last of the ten that
 * is neither such a head nor a person the first sentence names: the reader looks for who acts before one more
 * place or body named in passing.
 */
function withHeadsIn(bySalience: readonly RankedEntity[]): RankedEntity[] {
  const out = [...bySalience];
  const actor = (r: RankedEntity): boolean => r.entity.type === 'person' && (r.chief || r.lead);
  // Acting, speaking, or named again by their role ("the director-general told reporters"): an actor.
  const acts = (r: RankedEntity): boolean => r.acting > 0 || (r.voiced ?? 0) > 0 || (r.anaphors ?? 0) > 0;
  for (let i = HEAD; i < Math.min(out.length, HEAD + ACTING_HEADS_REACH); i++) {
    const r = out[i] as RankedEntity;
    const brought = r.chief || r.acting >= ACTING_MOST;
    if (!brought || r.entity.type !== 'person' || (i >= HEAD + HEADS_REACH && !acts(r))) continue;
    let j = HEAD - 1;
    while (j >= 0 && actor(out[j] as RankedEntity)) j--;
    if (j < 0) break;
    // The two change places: the name displaced follows the first ten.
    out[i] = out[j] as RankedEntity;
    out[j] = r;
  }
  return out;
}

/**
 * A name the article coins (see `coined`), or a body it names again by its head noun (see `RETOLD`), ranked
 * after the first ten but not far, takes the place of the last
 * of the ten that is a place named in passing (once or twice, neither titled nor acting): the reader retains the operation or the
 * project the story names before one more town.
 */
function withToldOfIn(bySalience: readonly RankedEntity[]): RankedEntity[] {
  const out = [...bySalience];
  const passing = (r: RankedEntity): boolean =>
    r.entity.type === 'place' && r.entity.count <= PASSING_COUNT && !r.titled && !r.lead && r.acting === 0;
  for (let i = HEAD; i < Math.min(out.length, HEAD + COINED_REACH); i++) {
    const r = out[i] as RankedEntity;
    if (!r.coined && !(r.entity.type === 'organization' && (r.anaphors ?? 0) >= RETOLD)) continue;
    let j = HEAD - 1;
    while (j >= 0 && !passing(out[j] as RankedEntity)) j--;
    if (j < 0) break;
    const [displaced] = out.splice(j, 1);
    out.splice(i - 1, 1);
    out.splice(HEAD - 1, 0, r);
    out.splice(HEAD, 0, displaced as RankedEntity);
  }
  return out;
}

/**
 * A name only the title gives is one of the first ten: the reader reads the title first, and the body, never
 * repeating it, gives it no count to rank by. It takes the place of the last of the ten the title does not name.
 */
function withTitleOnlyIn(bySalience: readonly RankedEntity[]): RankedEntity[] {
  const out = [...bySalience];
  let j = HEAD - 1;
  for (let i = HEAD; i < out.length; i++) {
    const r = out[i] as RankedEntity;
    if (!r.titleOnly) continue;
    while (j >= 0 && (out[j] as RankedEntity).titled) j--;
    if (j < 0) break;
    // The name displaced follows the first ten.
    const [displaced] = out.splice(j, 1, r);
    out.splice(i, 1);
    out.splice(HEAD, 0, displaced as RankedEntity);
    j--;
  }
  return out;
}

/** Only credited ("Photo: KNA"), or only named in a dateline (`first` is then 1, see `groupCues`). */
const untold = (r: RankedEntity): boolean => r.credited || r.first >= 1;

// The names a reader reads first as what a page is about.
const SUBJECTS = 3;

/**
 * The page's writer, the title not naming them (a column's standfirst presenting its signer, an author box), is
 * not among the first names: they follow the first three others. Only so far: a reader may still take a
 * column's signer for one of its subjects (readers' golds differ), so they stay in the first five.
 */
function writersAfterSubjects(list: RankedEntity[]): RankedEntity[] {
  const writers = list.slice(0, SUBJECTS).filter((r) => r.author);
  if (writers.length === 0) return list;
  const rest = list.filter((r) => !writers.includes(r));
  return [...rest.slice(0, SUBJECTS), ...writers, ...rest.slice(SUBJECTS)];
}

/** What naming it in the first sentence adds: a place there is where the story happens, not its subject. */
const leadWeight = (type: EntityType): number =>
  type === 'person' ? LEAD_PERSON : type === 'place' ? 0 : LEAD_BODY;

/** How much a reader takes the entity for a subject of the article rather than its setting or an aside. */
function subjectScore(r: RankedEntity): number {
  // A credit, or a place qualifying another name ("Moser (Italie)", "U.S. Attorney"), is not where the article
  // names its subject, however early it comes. A name the title gives is met there first, however late the text
  // tells of it ("… were born in the Rhineland", the text naming the region near its end); a continent stays the
  // setting.
  const key =
    r.entity.score -
    LATE * (r.credited || r.qualifier ? 1 : r.titled && !r.broad ? 0 : r.first) +
    ACTS * Math.min(ACTING_MOST, r.acting) +
    VOICE * Math.min(1, r.voiced ?? 0) +
    (r.lead ? leadWeight(r.entity.type) : 0) +
    (r.leadOnce ? LEAD_ONCE : 0) +
    (r.chief ? CHIEF : 0) +
    ANAPHOR * Math.min(ANAPHORS_MOST, r.anaphors ?? 0) +
    (r.described ? DESCRIBED : 0) +
    (r.topic ? LIVE_TOPIC : 0) +
    (r.event ? TITLED_EVENT : 0) +
    (r.coined ? COINED : 0) +
    (r.work && (r.titled || r.lead) ? NAMED_WORK : 0) -
    (r.example && !r.titled ? EXAMPLE : 0) -
    (r.entity.type === 'place' && r.once && r.acting === 0 && !r.titled ? ONCE_PLACE : 0);
  // A continent is the story's setting even when the title names it ("… spy on the United States and Europe");
  // a rider's country in a results list, a French site's France, a holiday, or a party quoted in passing, is
  // background too.
  if (r.broad || r.qualifier || r.home || r.holiday || r.party) return BROAD_REGION * key;
  return r.entity.type === 'place' && !r.titled ? PASSING_PLACE * key : key;
}

/**
 * A capital speaking for its government ("Washington warned", « Moscou a rejeté ») stands for its country: when
 * it comes before it within the first ten, the country takes its place and the capital follows; when both are
 * among the first five, the capital follows them ("the United States" and "Washington" there name one actor
 * twice). The reader retains the country as the subject, the city as its voice.
 */
function afterTheirCountries(list: RankedEntity[], ranked: readonly RankedEntity[]): RankedEntity[] {
  const out = [...list];
  for (const r of list) {
    const country = r.speaksFor === undefined ? undefined : ranked[r.speaksFor];
    const at = out.indexOf(r);
    const countryAt = country ? out.indexOf(country) : -1;
    if (!country || countryAt >= HEAD) continue;
    if (countryAt > at) {
      out.splice(countryAt, 1);
      out.splice(at, 0, country);
    }
    // Both among the first five, the voice repeats its country there: it follows them.
    const voiceAt = out.indexOf(r);
    if (voiceAt < TOP && out.indexOf(country) < TOP) {
      out.splice(voiceAt, 1);
      out.splice(TOP, 0, r);
    }
  }
  return out;
}
