import { least } from '@/utils/shared/extremes';
import { countAtMost } from '@/utils/shared/sorted';
import { clockWay, TIME_OF_DAY } from './clock-order';
import { isDateline } from './dateline';
import { MEDIA, MEDIA_WORDS, ORG_WORDS, PLACES } from './gazetteer';
import type { EntityGroup } from './group';
import { afterInterviewCredit } from './interview-credit';
import { FURNITURE } from './lexicon';
import type { Mention } from './mention';
import { nameKey } from './normalize';
import { isPersonShaped } from './person-shape';
import { countriesByAdjective } from './setting';
import { isSignature } from './signature';

/** What salience needs to know about the article as a whole. */
export interface SalienceContext {
  /** The article's plain text. */
  text: string;
  textLength: number;
  /** nameKey of the title, padded with spaces, or '' without a title. */
  titleKey: string;
  /** Folded words the title writes with a capital: "Obama" or "l’Assemblée" name a longer name of the text. */
  titleNames: ReadonlySet<string>;
  /** Keys of the countries the title names by an adjective ("Chinese hackers"). */
  titleCountries: ReadonlySet<string>;
  /** Keys of several words the title writes whole, of all the article's names (see `withTitledNames`). */
  titledKeys?: readonly string[];
  /** Keys of one word the title writes with a capital, of all the article's names (see `withTitledNames`). */
  titledWords?: ReadonlySet<string>;
  /** Offsets where a live blog's timed entries start ("12:10", "6:55pm" alone on a line), or none. */
  entries?: readonly number[];
  /**
   * Where the oldest entry of a live blog told newest first starts: its opening post ("Welcome to our live
   * coverage of Storm Ines"), which the page shows last.
   */
  opening?: number;
}

// Weights measured on the reader's gold and on half A of entities-dev, checked on half B
// (tests/bench/entities.bench.ts).
const TITLE = 3;
const POSITION = 1.5;
const SPREAD = 1;
const MULTIWORD = 0.5;
// Named twice or more: what the article is about, not a name in passing (a list, a one-off aside).
const REPEATED = 1;
const OPENERS_ONLY = 0.9;
const CREDIT = 0.25;
// A headline line's mention counts half a mention in the text.
const HEADLINE = 0.5;

/** What salience and the reader's order both read from a group, worked out once. */
export interface GroupCues {
  /** Mentions that only credit the entity (a photo credit, a signature, a medium named as a source). */
  credits: number;
  /** The title names it, or a headline line near the top does. */
  titled: boolean;
  /** How far into the text it is first named, from 0 (the start) to 1 (the end). */
  first: number;
}

/** The group's cues for `salience` and the reader's order. */
export function groupCues(g: EntityGroup, ctx: SalienceContext): GroupCues {
  const credit = crediting(g, ctx);
  const titled = isTitled(g, ctx);
  return { credits: g.mentions.filter(credit).length, titled, first: firstShare(g, ctx, titled) };
}

/**
 * Salience of an entity, in the order a reader expects: how often the article names it (credits, photo
 * lines and the medium a report comes from count little), whether the title names it, how early it first appears (news puts what matters in the
 * lead), whether it is named more than once and how widely it spreads through the text. Names seen only at
 * sentence starts count a little less.
 */
export function salience(g: EntityGroup, name: string, ctx: SalienceContext, cues: GroupCues): number {
  const body = g.mentions.filter((m) => !m.headline);
  const headlines = g.mentions.length - body.length;
  const count = body.length - (1 - CREDIT) * cues.credits + HEADLINE * headlines;
  let score = count;
  score += cues.titled ? TITLE : 0;
  score += POSITION * (1 - cues.first);
  score += SPREAD * spread(g, ctx);
  score += name.includes(' ') ? MULTIWORD : 0;
  score += g.mentions.length >= 2 ? REPEATED : 0;
  if (body.length > 0 && body.every((m) => m.initial)) score *= OPENERS_ONLY;
  return Math.round(score * 100) / 100;
}

/**
 * Salience of a name only the title gives (see `titleOnlyNames`): what `salience` gives a name one headline line
 * names at the very top.
 */
export function headlineOnlySalience(name: string): number {
  return HEADLINE + TITLE + POSITION + (name.includes(' ') ? MULTIWORD : 0);
}

// A live blog has at least this many timed entries.
const LIVE_ENTRIES = 3;
// A time of day alone on a line, tried only where one may start (the text's start and its line breaks): an
// unanchored search tried every character.
const TIME_LINE = new RegExp(`(?:^|\\n)[ \\t]*${TIME_OF_DAY.source}[ \\t]*(?=\\n)`, 'iuy');

/** The time lines of `text`, as a global search of `TIME_LINE` finds them (`matchAll`). */
export function timeLines(text: string): RegExpExecArray[] {
  const lines: RegExpExecArray[] = [];
  for (let at = 0; at >= 0; ) {
    TIME_LINE.lastIndex = at;
    const m = TIME_LINE.exec(text);
    if (m) lines.push(m);
    at = text.indexOf('\n', m ? TIME_LINE.lastIndex : at + 1);
  }
  return lines;
}

/** Where each timed entry of a live blog starts, or none when the text is no live blog. */
export function liveEntries(text: string): number[] {
  return liveBlog(text).entries;
}

/** A live blog's entries (see `liveEntries`), and where its opening post starts when it is told newest first. */
function liveBlog(text: string): { entries: number[]; opening?: number } {
  const lines = timeLines(text);
  // A timetable's or a programme's times go forward and back; a live blog's entries go one way round the clock.
  const way = lines.length < LIVE_ENTRIES ? null : clockWay(lines.map((m) => m[0]));
  if (!way) return { entries: [] };
  const entries = lines.map((m) => m.index ?? 0);
  return way === 'back' ? { entries, opening: entries.at(-1) } : { entries };
}

/**
 * How widely the text spreads its mentions, 0 to 2: over thirds of the text, or in a live blog over its timed
 * entries (a place or body several entries name is the story's; a name told twice in one entry is that entry's).
 */
function spread(g: EntityGroup, ctx: SalienceContext): number {
  const entries = ctx.entries ?? [];
  const part =
    entries.length > 0
      ? (offset: number) => countAtMost(entries, offset)
      : (offset: number) => Math.min(2, Math.floor((3 * offset) / (ctx.textLength + 1)));
  return Math.min(2, new Set(g.mentions.map((m) => part(m.offset))).size - 1);
}

/** Whether a mention of the group only credits it (a photo credit, an interviewer, a signature, a source line). */
function crediting(g: EntityGroup, ctx: SalienceContext): (m: Mention) => boolean {
  const media = [...g.keys].some(isMedia);
  return (m) =>
    !m.headline &&
    (isCredit(m) ||
      afterInterviewCredit(ctx.text, m.offset) ||
      isSignature(m, ctx.text) ||
      (media && isSourceLine(m)));
}

/**
 * How far into the text the entity is first named, from 0 (the start) to 1 (the end). A live blog told newest
 * first opens at its foot: a name the title gives is first named where its opening post does ("Welcome to our
 * live coverage of Storm Ines"), which says what the blog covers as a lead does; names the later entries tell of
 * keep their place.
 */
function firstShare(g: EntityGroup, ctx: SalienceContext, titled: boolean): number {
  // A dateline says where the reporter was: the story names its subject after it.
  const told = g.mentions.filter((m) => !isDateline(m, ctx.text));
  if (told.length === 0) return 1;
  const opening = titled ? (ctx.opening ?? ctx.textLength) : ctx.textLength;
  return least(told.map((m) => (m.offset >= opening ? m.offset - opening : m.offset))) / (ctx.textLength + 1);
}

/**
 * The short text `ctx` was made of (see `titleContext`: the title, or the page's description) names the group: one
 * of its keys, its short form written with a capital, or its country's adjective (see `namedByTitle`).
 */
export function namedBy(g: EntityGroup, ctx: SalienceContext): boolean {
  return ctx.titleKey !== '' && [...g.keys].some((k) => namedByTitle(k, g.keys, ctx));
}

/** The title names the entity, or a headline line near the top does. */
function isTitled(g: EntityGroup, ctx: SalienceContext): boolean {
  return (
    namedBy(g, ctx) ||
    g.mentions.some((m) => m.headline && m.offset / (ctx.textLength + 1) < 0.1 && !isDateline(m, ctx.text))
  );
}

/**
 * A photo credit or source line: "Credit Harry Campbell", "Image copyright Getty Images", "Photo credit: PTI",
 * "Photo provided by Ana Ruiz", "(Reuters)". An interviewer's credit is interview-credit.ts's.
 */
function isCredit(m: Mention): boolean {
  const [b0 = '', b1 = ''] = m.before;
  if (FURNITURE.has(b0) || b0 === '©') return true;
  if (b0 === 'by' || b0 === 'par' || b0 === '/' || b0 === ':') return FURNITURE.has(b1) || b1 === 'provided';
  // "(Reuters)" is a source; "(Australia)" after an athlete's name in a results list is not.
  return b0 === '(' && m.after[0] === ')' && !PLACES.has(nameKey(m.surface));
}

/** A news medium: a known one, or a name ending in a media word ("Portvale Herald"). */
const isMedia = (key: string): boolean =>
  MEDIA.has(key) || (key.includes(' ') && MEDIA_WORDS.has(key.split(' ').at(-1) ?? ''));

// Words before a medium named as the source of what is reported: "told Reuters", "according to the Herald",
// "seen by Bloomberg", "selon l’AFP", "a déclaré à l’AFP", "au Monde".
const SOURCE_BEFORE = new Set(['told', 'selon', 'a', 'au']);
const SOURCE_BY = new Set(['seen', 'reviewed', 'obtained', 'contacted', 'cited', 'verified', 'interviewed']);
const SOURCE_AFTER = new Set(['reported', 'reports', 'reporting', 'rapporte', 'revele']);

/** The medium is where the news comes from, not what it is about: "told Reuters", "Reuters reported". */
function isSourceLine(m: Mention): boolean {
  const [b0 = '', b1 = ''] = m.before;
  if (SOURCE_BEFORE.has(b0) || SOURCE_AFTER.has(m.after[0] ?? '')) return true;
  if (b0 === 'by') return SOURCE_BY.has(b1);
  return b0 === 'to' && (b1 === 'according' || b1 === 'comment' || b1 === 'said');
}

/**
 * The title names the entity: one of its keys, its short form written with a capital (the surname of a
 * person, the head word of an institution: "Obama" for "Barack Obama", "l’Assemblée" for "Assemblée nationale"),
 * or a country's adjective ("Chinese hackers").
 */
function namedByTitle(key: string, own: ReadonlySet<string>, ctx: SalienceContext): boolean {
  if (ctx.titleCountries.has(key)) return true;
  if (ctx.titleKey.includes(` ${key} `) && !onlyInsideLongerNames(key, own, ctx)) return true;
  const ws = key.split(' ');
  if (ws.length < 2) return false;
  // "Freedom Caucus demands…" names the "House Freedom Caucus": a body's name without its first word.
  if (ws.length > 2 && ORG_WORDS.has(ws.at(-1) ?? '') && ctx.titleKey.includes(` ${ws.slice(1).join(' ')} `))
    return true;
  const short = isPersonShaped(key) ? ws.at(-1) : ORG_WORDS.has(ws[0] ?? '') ? ws[0] : undefined;
  // A surname the title writes only inside another name of the article names that one: "Mort de Roger
  // Lamarque" does not name his daughter Isabelle Lamarque, nor "Rinaldi Bakery" the founder's mother.
  // Nor does a word that is another name of the article on its own: a title naming "Bougainvillea" names the
  // plant, not a heading's "Bugs Attack Bougainvillea".
  return (
    short !== undefined &&
    short.length > 2 &&
    ctx.titleNames.has(short) &&
    !onlyInsideLongerNames(short, own, ctx) &&
    (own.has(short) || !ctx.titledWords?.has(short))
  );
}

/**
 * The title writes the key only inside another name of the article: « Les Nuits de Tanger » names a novel, not
 * Tanger; "Villa Park" names the ground, not "Villa".
 */
function onlyInsideLongerNames(key: string, own: ReadonlySet<string>, ctx: SalienceContext): boolean {
  let title = ctx.titleKey;
  for (const longer of ctx.titledKeys ?? []) {
    if (!own.has(longer) && ` ${longer} `.includes(` ${key} `))
      title = title.replaceAll(` ${longer} `, ' | ');
  }
  return !title.includes(` ${key} `);
}

/**
 * The context with the names of several words its title writes whole, and those of one word it writes with a
 * capital, among the article's `keys`.
 */
export function withTitledNames(ctx: SalienceContext, keys: Iterable<string>): SalienceContext {
  const all = [...keys];
  const titledKeys = all.filter((k) => k.includes(' ') && ctx.titleKey.includes(` ${k} `));
  const titledWords = new Set(all.filter((k) => !k.includes(' ') && ctx.titleNames.has(k)));
  return { ...ctx, titledKeys, titledWords };
}

/** The title and text as salience() expects them. */
export function titleContext(title: string | undefined, text: string): SalienceContext {
  // Signs part a title's words, but a number bracketed against a name is the name's (see glued-numbers.ts).
  const words = title?.replace(/[\p{L}\p{N}]\(\d+\)|[^\p{L}\p{N}\s.'’-]/gu, (c) => (c.length > 1 ? c : ' '));
  const titleKey = words ? ` ${nameKey(words)} ` : '';
  const capitalised = title?.match(/\p{Lu}[\p{L}’'-]*/gu) ?? [];
  const titleNames = new Set(capitalised.map((w) => nameKey(w.replace(/^\p{L}{1,2}[’']/u, ''))));
  const titleCountries = title ? countriesByAdjective(title) : new Set<string>();
  return { text, textLength: text.length, titleKey, titleNames, titleCountries, ...liveBlog(text) };
}
