/**
 * The language a non-Latin script tells, when such letters dominate the text: stopword profiles only know
 * Latin-script languages, and a Chinese or Russian text must never be read as one of them.
 */

const NOT_LATIN = /[^\P{L}\p{Script=Latin}]/u;
const NOT_LATIN_WORDS = /[^\P{L}\p{Script=Latin}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const LATIN_WORDS = /\p{Script=Latin}+/gu;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Scripts written for one language only. */
const SINGLE_LANGUAGE_SCRIPTS: ReadonlyArray<[RegExp, string]> = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Armenian}/gu, 'hy'],
];

/** Languages written in another script than Latin: a Latin-script text declaring one of them contradicts it. */
const NON_LATIN_LANGUAGES = new Set(
  'zh ja ko ru uk be bg mk el he yi ar fa ur ps hi mr ne bn pa gu ta te kn ml si th lo km my ka hy am'.split(
    ' ',
  ),
);

/** Whether `lang` (a primary subtag) is written in a non-Latin script. */
export function writtenInOtherScript(lang: string): boolean {
  return NON_LATIN_LANGUAGES.has(lang);
}

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/** A letter of a script with no capitals (Arabic, Hebrew, Han, kana, Hangul, Thai, Devanagari…). */
const UNCASED_LETTER = /[^\P{L}\p{Cased}]/gu;
const OTHER_SCRIPT_LETTER = /[^\P{L}\p{Script=Latin}]/gu;
/** The text's beginning tells its script; a long article need not be scanned whole. */
const CAPITALS_SAMPLE = 5_000;

/**
 * Whether `text` is mostly written in scripts without capital letters: names are found by their capitals,
 * so such a text yields none, and the reader is told why rather than shown an empty list.
 */
export function writtenWithoutCapitals(text: string): boolean {
  const sample = text.slice(0, CAPITALS_SAMPLE);
  if (scriptLanguage(sample) === null) return false;
  return count(sample, UNCASED_LETTER) * 2 > count(sample, OTHER_SCRIPT_LETTER);
}

/** Russian or Ukrainian by the letters only one of them has; other Cyrillic languages stay unknown. */
function cyrillicLanguage(sample: string): string {
  const russian = count(sample, /[ыэЫЭ]/gu);
  const ukrainian = count(sample, /[іїєґІЇЄҐ]/gu);
  if (russian > 5 * ukrainian) return 'ru';
  if (ukrainian > 5 * russian) return 'uk';
  return 'und';
}

/** Chinese, or Japanese when kana are among the Han characters. */
function hanLanguage(sample: string, hanAndKana: number): string {
  return count(sample, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu) > 0.05 * hanAndKana ? 'ja' : 'zh';
}

/**
 * The script's language ("zh", "ru", "el"…), "und" for a script several languages share (Arabic, most
 * Cyrillic), or null when Latin letters dominate. Compared as words: a Han character counts as one, as
 * Chinese lyrics printed beside their pinyin show.
 */
export function scriptLanguage(sample: string): string | null {
  // Most texts have no such letter at all: one scan says so without listing every word.
  if (!NOT_LATIN.test(sample)) return null;
  const han = count(sample, HAN_OR_KANA);
  const others = sample.match(NOT_LATIN_WORDS) ?? [];
  if ((han + others.length) * 2 < count(sample, LATIN_WORDS)) return null;
  if (han >= others.length) return hanLanguage(sample, han);
  const letters = others.join('');
  if (count(letters, /\p{Script=Cyrillic}/gu) * 2 > letters.length) return cyrillicLanguage(letters);
  for (const [re, lang] of SINGLE_LANGUAGE_SCRIPTS) if (count(letters, re) * 2 > letters.length) return lang;
  return 'und';
}
