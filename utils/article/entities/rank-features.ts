import { ORG_WORDS } from './gazetteer';
import { nameKey } from './normalize';
import type { RankedEntity } from './reader-order';

/**
 * What the ranking knows of one candidate entity, as numbers a fitted order can weigh: the cues `salience` and
 * `readerOrder` already compute, and where the hand order put it. Booleans are 0 or 1.
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

/** What the features read of the page's whole list. */
export interface RankPage {
  /** The page's highest salience. */
  best: number;
  /** The smallest `titleAt` of the page's candidates. */
  titleFirst: number;
  /** nameKey of every candidate. */
  keys: readonly string[];
}

// How many acting or speaking mentions count: the hand order's ACTING_MOST.
const MOST = 2;

const bit = (b: boolean): number => (b ? 1 : 0);

/** What `rankFeatures` needs of the page's list. */
export function rankPage(ranked: readonly RankedEntity[]): RankPage {
  return {
    best: Math.max(0, ...ranked.map((r) => r.entity.score)),
    titleFirst: Math.min(...ranked.map((r) => r.titleAt ?? Number.POSITIVE_INFINITY)),
    keys: ranked.map((r) => nameKey(r.entity.text)),
  };
}

/** The candidate's features, `at` its place in the hand order. */
export function rankFeatures(r: RankedEntity, at: number, page: RankPage): RankFeatures {
  const { text, type, count, score } = r.entity;
  const key = nameKey(text);
  const words = key.split(' ');
  return {
    position: at / 10,
    share: page.best > 0 ? Math.max(0, score) / page.best : 0,
    mentions: Math.log2(1 + count),
    first: r.first,
    titled: bit(r.titled),
    titleFirst: bit(r.titleAt !== undefined && r.titleAt === page.titleFirst),
    lead: bit(r.lead),
    acting: Math.min(MOST, r.acting),
    quoted: Math.min(MOST, r.quoted),
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
