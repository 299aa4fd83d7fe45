import type { Entity, RankedEntity } from '@/utils/article/entities';
import { speaksIn } from '@/utils/article/entities/context-cues';
import { capitalisesNouns } from '@/utils/article/entities/coverage';
import { ORG_WORDS } from '@/utils/article/entities/gazetteer';
import { lowercaseCounts, markLines } from '@/utils/article/entities/headlines';
import { calendarOf, stopwordsOf } from '@/utils/article/entities/lexicon';
import type { Mention } from '@/utils/article/entities/mention';
import { nameKey } from '@/utils/article/entities/normalize';
import { titleContext } from '@/utils/article/entities/salience';
import { type Token, tokenize } from '@/utils/article/entities/tokenize';

/**
 * What the ranking knows of one candidate entity, as numbers a fitted order can weigh: the cues `salience` and
 * `readerOrder` already compute, two the product does not read (`quoted`, `titleFirst`, worked out here from the
 * text and title, see `textCues`), and where the hand order put it. Booleans are 0 or 1.
 */
export interface RankFeatures {
  /** Place in the hand order, 0 first, over 10. */
  position: number;
  /** Salience over the page's highest (1 for the most salient name). */
  share: number;
  /** Mentions, on a log scale: log2(1 + count). */
  mentions: number;
  /** How far into the text it is first named, 0 to 1. */
  first: number;
  titled: number;
  /** The title names it before any other candidate: the headline's subject. */
  titleFirst: number;
  lead: number;
  /** Mentions where it is the subject of a verb, at most 2. */
  acting: number;
  /** Mentions where it speaks ("said", « selon »), at most 2. */
  quoted: number;
  once: number;
  chief: number;
  person: number;
  organisation: number;
  place: number;
  /** A name of several words. */
  multiword: number;
  /** Written all in capitals ("NATO", "CNIL"). */
  acronym: number;
  /** Its first or last word says body ("Commission", « Parquet », "Union"). */
  body: number;
  /** Its words open a longer candidate's name ("Airbus" beside "Airbus Helicopters"). */
  shortForm: number;
  credited: number;
  demonym: number;
  /** Background: a continent, a qualifier in brackets, the site's home country, a holiday, a party in passing. */
  background: number;
  /** A capital that speaks for a country the article also names. */
  capital: number;
}

/** Cues of one candidate the product's order does not read, worked out from the text and title (`textCues`). */
export interface TextCues {
  /** Mentions outside headline lines where it speaks (see `speaksIn`). */
  quoted: number;
  /** Where the title first names it, 0 (its start) to 1, or undefined when the title does not. */
  titleAt?: number;
}

/** What the features read of the page's whole list. */
export interface RankPage {
  /** The page's highest salience. */
  best: number;
  /** The smallest `titleAt` of the page's candidates. */
  titleFirst: number;
  /** nameKey of every candidate. */
  keys: readonly string[];
  /** Each candidate's `TextCues`. */
  cues: ReadonlyMap<Entity, TextCues>;
}

// How many acting or speaking mentions count: the hand order's ACTING_MOST.
const MOST = 2;

const bit = (b: boolean): number => (b ? 1 : 0);

/** What `rankFeatures` needs of the page's list: the page's `text`, `title` and `lang` give the text cues. */
export function rankPage(
  ranked: readonly RankedEntity[],
  page?: { text: string; title?: string; lang: string },
): RankPage {
  const cues = page ? textCues(ranked, page.text, page.title, page.lang) : new Map<Entity, TextCues>();
  return {
    best: Math.max(0, ...ranked.map((r) => r.entity.score)),
    titleFirst: Math.min(...[...cues.values()].map((c) => c.titleAt ?? Number.POSITIVE_INFINITY)),
    keys: ranked.map((r) => nameKey(r.entity.text)),
    cues,
  };
}

/**
 * Each candidate's text cues: its name and variants found again in the tokenised text (headline lines left out,
 * as the product's mentions count them) and in the title. An approximation of the product's mentions: a name the
 * product found under a form a variant does not list is not counted.
 */
export function textCues(
  ranked: readonly RankedEntity[],
  text: string,
  title: string | undefined,
  lang: string,
): Map<Entity, TextCues> {
  const tokens = tokenize(text, stopwordsOf(lang), calendarOf(lang));
  markLines(tokens, lowercaseCounts(tokens), capitalisesNouns(lang.slice(0, 2)));
  const titleKey = titleContext(title, text).titleKey;
  const out = new Map<Entity, TextCues>();
  for (const { entity } of ranked) {
    const keys = [...new Set([entity.text, ...entity.variants].map(nameKey))];
    out.set(entity, { quoted: speakingMentions(tokens, keys), titleAt: titlePlace(keys, titleKey) });
  }
  return out;
}

/** How many times one of the keys, written as whole words outside headline lines, speaks there. */
function speakingMentions(tokens: readonly Token[], keys: readonly string[]): number {
  let n = 0;
  for (const key of keys) {
    const words = key.split(' ');
    for (let i = 0; i + words.length <= tokens.length; i++) {
      const j = i + words.length;
      if (tokens[i]?.headline || !words.every((w, k) => nameKey(tokens[i + k]?.text ?? '') === w)) continue;
      const fold = (t: Token | undefined): string => t?.folded ?? '';
      const m = {
        before: [fold(tokens[i - 1]), fold(tokens[i - 2])],
        after: [fold(tokens[j]), fold(tokens[j + 1])],
      };
      if (speaksIn(m as Mention)) n++;
    }
  }
  return n;
}

/** Where the title first writes one of the keys, 0 (its start) to 1, or undefined. */
function titlePlace(keys: readonly string[], titleKey: string): number | undefined {
  // A person's surname names them in a title ("Holt quits").
  const words = keys.flatMap((k) => [k, k.split(' ').at(-1) ?? k]).filter((w) => w.length > 2);
  const at = Math.min(...words.map((k) => titleKey.indexOf(` ${k} `)).filter((i) => i >= 0));
  return Number.isFinite(at) ? at / titleKey.length : undefined;
}

/** The candidate's features, `at` its place in the hand order. */
export function rankFeatures(r: RankedEntity, at: number, page: RankPage): RankFeatures {
  const { text, type, count, score } = r.entity;
  const key = nameKey(text);
  const cues = page.cues.get(r.entity) ?? { quoted: 0 };
  const words = key.split(' ');
  return {
    position: at / 10,
    share: page.best > 0 ? Math.max(0, score) / page.best : 0,
    mentions: Math.log2(1 + count),
    first: r.first,
    titled: bit(r.titled),
    titleFirst: bit(cues.titleAt !== undefined && cues.titleAt === page.titleFirst),
    lead: bit(r.lead),
    acting: Math.min(MOST, r.acting),
    quoted: Math.min(MOST, cues.quoted),
    once: bit(r.once),
    chief: bit(r.chief),
    person: bit(type === 'person'),
    organisation: bit(type === 'organization'),
    place: bit(type === 'place'),
    multiword: bit(words.length > 1),
    acronym: bit(text.length >= 2 && /^[\p{Lu}\d&.-]+$/u.test(text)),
    body: bit(ORG_WORDS.has(words[0] ?? '') || ORG_WORDS.has(words.at(-1) ?? '')),
    shortForm: bit(page.keys.some((k) => k !== key && k.startsWith(`${key} `))),
    credited: bit(r.credited),
    demonym: bit(r.demonym),
    background: bit(r.broad || r.qualifier || r.home || r.holiday || r.party),
    capital: bit(r.speaksFor !== undefined),
  };
}
