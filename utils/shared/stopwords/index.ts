/**
 * The stopwords, one list per language (`./en.ts`, `./fr.ts`…), and the sets each use builds from them:
 * language detection, the search index and topic keywords (related stories).
 */
import { fold } from '@/utils/shared/fold';
import { GERMAN } from './de';
import { ENGLISH } from './en';
import { SPANISH } from './es';
import { FRENCH } from './fr';
import { ITALIAN } from './it';
import { DUTCH } from './nl';
import { POLISH } from './pl';
import { PORTUGUESE } from './pt';
import type { StopwordList } from './types';

const LISTS: readonly StopwordList[] = [ENGLISH, FRENCH, GERMAN, SPANISH, ITALIAN, PORTUGUESE, DUTCH, POLISH];
const BY_LANG = new Map(LISTS.map((list) => [list.lang, list]));

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const folded = (...texts: string[]): ReadonlySet<string> => new Set(texts.flatMap(words).map(fold));
const allOf = (list: StopwordList): string[] => [list.distinctive, list.function, list.topicless];

/** Language detection profiles: each language's distinctive words, lower case, accents kept. */
export const DETECTION_PROFILES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  LISTS.map((list) => [list.lang, new Set(words(list.distinctive))]),
);

// The search index is shared by every saved article, whatever its language: French and English, the
// languages most readers save in, leave their function words out.
const INDEX_STOPWORDS = folded(...[ENGLISH, FRENCH].flatMap((list) => [list.distinctive, list.function]));

/** Whether a folded token is a function word the search index leaves out. */
export function isIndexStopword(token: string): boolean {
  return INDEX_STOPWORDS.has(token);
}

const TOPIC_CACHE = new Map<string, ReadonlySet<string>>();

/**
 * Folded words that carry no topic in `lang` ("fr-FR", "en"). Pages in other languages quote English names
 * and phrases ("Department of Homeland Security"), so they take English too; English does not take the
 * others, whose "car", "son" or "fin" are English topic words. Unknown languages get French and English.
 */
export function stopwordsFor(lang: string): ReadonlySet<string> {
  const primary = lang.toLowerCase().slice(0, 2);
  const cached = TOPIC_CACHE.get(primary);
  if (cached) return cached;
  const own = BY_LANG.get(primary);
  const lists = primary === 'en' ? [ENGLISH] : own ? [own, ENGLISH] : [FRENCH, ENGLISH];
  const set = folded(...lists.flatMap(allOf));
  TOPIC_CACHE.set(primary, set);
  return set;
}

/** Folded words of `lang`'s own list only ("am", "die" in German), or none for a language without a list. */
export function ownStopwords(lang: string): ReadonlySet<string> {
  const own = BY_LANG.get(lang.toLowerCase().slice(0, 2));
  return own ? folded(...allOf(own)) : new Set();
}
