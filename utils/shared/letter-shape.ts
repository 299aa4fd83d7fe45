/**
 * A word's shape: each character written as its class, for a plain pattern (no `u` flag, no Unicode class) to
 * test what one of `\p{Lu}`, `\p{Ll}`, `\p{L}` and `\p{N}` would. V8 compiles every Unicode class of every
 * pattern apart (0.1–0.5 ms each, paid on the popup's first analysis); the shape's classes come from tables.
 *
 * `U` a capital (Lu), `l` a lower-case letter (Ll), `L` another letter (Lt, Lm, Lo), digits 0–9 as they are, `N`
 * another number, any other character as itself, except one outside the BMP: `\ufffd`, so that each character is
 * one unit. A pattern reads `\p{Lu}` as `U`, `\p{Ll}` as `l`, `\p{L}` as `[UlL]`, `\p{N}` as `[\dN]`, and must
 * name no letter itself (a letter never stays as itself).
 */
import { isLetter, isLetterOrDigit, isLowerCase, isUpperCase } from './char-class';

/** The shape of the character at `at` of `word`, its code point `code` (not ASCII). */
function shapeOf(word: string, at: number, code: number): string {
  if (isUpperCase(word, at, code)) return 'U';
  if (isLowerCase(word, at, code)) return 'l';
  if (isLetter(word, at, code)) return 'L';
  if (isLetterOrDigit(word, at, code)) return 'N';
  return code > 0xffff ? '\ufffd' : String.fromCharCode(code);
}

/** `word`'s shape ("iPhone-15" → "lUllll-15"). */
export function letterShape(word: string): string {
  let shape = '';
  for (let i = 0; i < word.length; ) {
    const code = word.codePointAt(i) as number;
    if (code < 128) {
      shape += code >= 65 && code <= 90 ? 'U' : code >= 97 && code <= 122 ? 'l' : word[i];
      i++;
    } else {
      shape += shapeOf(word, i, code);
      i += code > 0xffff ? 2 : 1;
    }
  }
  return shape;
}

/** Whether `word` opens with a capital then a lower-case letter (`/^\p{Lu}\p{Ll}/u`): "Paris", not "PARIS". */
export function opensCapitalised(word: string): boolean {
  const first = word.codePointAt(0);
  if (first === undefined || !isUpperCase(word, 0, first)) return false;
  const at = first > 0xffff ? 2 : 1;
  const second = word.codePointAt(at);
  return second !== undefined && isLowerCase(word, at, second);
}
