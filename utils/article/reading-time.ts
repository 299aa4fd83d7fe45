/**
 * Reading time. Rates: English 238 words/min (Brysbaert 2019, silent reading of non-fiction), French
 * about 200, Chinese/Japanese/Korean about 500 characters/min; other languages 200 words/min, a
 * conservative middle of the rates Brysbaert reports for alphabetic languages. Images add time the way
 * Medium counts it: 12 s for the first, one second less for each next one, never under 3 s.
 */
import { countJoinedWords } from '@/utils/shared/word-runs';

const WORDS_PER_MINUTE: Record<string, number> = { en: 238, fr: 200 };
const DEFAULT_WORDS_PER_MINUTE = 200;
const CJK_CHARS_PER_MINUTE = 500;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

interface Counts {
  text: string;
  words: number;
  cjk: number;
}
/** The last text counted: the pipeline asks for its word count, then for its reading time. */
let last: Counts | null = null;

function counts(text: string): Counts {
  if (last?.text === text) return last;
  const cjk = HAS_CJK.test(text) ? (text.match(CJK)?.length ?? 0) : 0;
  // A word: letters/digits, with inner apostrophes, hyphens and dots ("aujourd'hui", "Storm-0558", "3.5").
  const words = countJoinedWords(cjk > 0 ? text.replace(CJK, ' ') : text);
  last = { text, words, cjk };
  return last;
}

/** Words in `text`; each CJK character counts as one word (those scripts do not separate words by spaces). */
export function countWords(text: string): number {
  const { words, cjk } = counts(text);
  return words + cjk;
}

/** Seconds the reader spends on `count` images: 12, 11, 10, ... down to a floor of 3 each. */
export function imageSeconds(count: number): number {
  let total = 0;
  for (let i = 0; i < count; i++) total += Math.max(3, 12 - i);
  return total;
}

/** Minutes to read, as a fraction (for callers that round or format differently). */
export function readingTimeExact(text: string, lang: string, imageCount = 0): number {
  const { words, cjk } = counts(text);
  const rate = WORDS_PER_MINUTE[lang.toLowerCase().split(/[-_]/)[0] ?? ''] ?? DEFAULT_WORDS_PER_MINUTE;
  return words / rate + cjk / CJK_CHARS_PER_MINUTE + imageSeconds(imageCount) / 60;
}

/** Whole minutes to read, rounded up, at least 1 (as shown to the reader: "2 min"). */
export function readingTimeMinutes(text: string, lang: string, imageCount = 0): number {
  // The epsilon keeps float noise (2.0000000001) from adding a whole minute.
  return Math.max(1, Math.ceil(readingTimeExact(text, lang, imageCount) - 1e-9));
}
