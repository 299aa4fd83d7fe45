/**
 * Word counts with a limit, for rules about short lines: they are asked of every paragraph, most of them
 * long, and counting stops as soon as the limit is passed (splitting the whole text cost more than the rules).
 */

const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * True when `text` has more than `max` words: matches of the global pattern `token` (the complement of the
 * separators a caller splits on) holding a letter or a digit.
 */
export function moreWordsThan(text: string, max: number, token: RegExp): boolean {
  let count = 0;
  token.lastIndex = 0;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    if (HAS_WORD_CHARACTER.test(match[0]) && ++count > max) return true;
  }
  return false;
}
