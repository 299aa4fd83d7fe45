/**
 * Word counts with a limit, for rules about short lines: they are asked of every paragraph, most of them
 * long, and counting stops as soon as the limit is passed (splitting the whole text cost more than the rules).
 */

import { type CharTest, charClass, isLetterOrDigit } from '@/utils/shared/char-class';

/** White space, the separator most callers split words on (what `\s` matches). */
export const isSpace = charClass(/^\s$/);

/**
 * True when `text` has more than `max` words: runs of characters that `isSeparator` does not match, holding a
 * letter or a digit. One pass over the characters, read by their codes: no match nor copy per word.
 */
export function moreWordsThan(text: string, max: number, isSeparator: CharTest): boolean {
  let count = 0;
  let holdsWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSeparator(text, i, code)) {
      if (holdsWord && ++count > max) return true;
      holdsWord = false;
    } else if (!holdsWord) {
      // A pair of surrogates is read as its code point at its first half; its second half alone is no letter.
      holdsWord = isLetterOrDigit(text, i, text.codePointAt(i) as number);
    }
  }
  return holdsWord && ++count > max;
}
