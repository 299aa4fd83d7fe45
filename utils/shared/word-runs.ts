/**
 * The runs of letters and digits of a text joined by single spaces: what replacing `/[^\p{L}\p{N}]+/gu`
 * by a space and trimming give, in one pass over the text. That regex is the costliest step of folding
 * a whole article (the related-stories profile folds it on every analysis); each character's class is
 * looked up once per character code instead.
 */
import { isLetterOrDigit } from '@/utils/shared/char-class';

/** `text`'s runs of letters and digits (Unicode `L` and `N`): the matches of `/[\p{L}\p{N}]+/gu`. */
function wordRuns(text: string): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    if (isLetterOrDigit(text, i, code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(text.slice(start, i));
      start = -1;
    }
    i += code > 0xffff ? 2 : 1;
  }
  if (start >= 0) runs.push(text.slice(start));
  return runs;
}

/** `text`'s runs of letters and digits (Unicode `L` and `N`), joined by single spaces. */
export const joinWordRuns = (text: string): string => wordRuns(text).join(' ');

/** `text`'s runs of letters and digits in lower case, as a list: the words two texts are compared by. */
export const lowerWords = (text: string): string[] => wordRuns(text.toLowerCase());

/** A run of letters and digits and where it ends in the text. */
export interface WordRun {
  word: string;
  end: number;
}

/** The first `max` runs of letters and digits of `text`, when it opens with one (none otherwise). */
export function leadingWordRuns(text: string, max: number): WordRun[] {
  const runs: WordRun[] = [];
  let start = -1;
  for (let i = 0; i <= text.length && runs.length < max; ) {
    const code = i < text.length ? (text.codePointAt(i) as number) : -1;
    if (code >= 0 && isLetterOrDigit(text, i, code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push({ word: text.slice(start, i), end: i });
      start = -1;
    } else if (i === 0) break;
    i += code > 0xffff ? 2 : 1;
  }
  return runs;
}

// What joins two runs into one word: "aujourd'hui", "Storm-0558", "3.5".
const WORD_JOINERS = new Set(["'", '’', '-', '.'].map((c) => c.charCodeAt(0)));

/** Whether a letter or a digit is at `at` of `text`. */
function wordAt(text: string, at: number): boolean {
  const code = text.codePointAt(at);
  return code !== undefined && isLetterOrDigit(text, at, code);
}

/**
 * How many words `text` holds: runs of letters and digits, joined by one apostrophe, hyphen or dot (the matches of
 * `/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*\/gu`, counted without compiling the pattern nor building the list).
 */
export function countJoinedWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    if (isLetterOrDigit(text, i, code)) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && WORD_JOINERS.has(code) && wordAt(text, i + 1))) inWord = false;
    i += code > 0xffff ? 2 : 1;
  }
  return words;
}
