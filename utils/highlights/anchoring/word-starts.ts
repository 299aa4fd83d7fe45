/**
 * Where words start, for the seed index: after a space, or at any character of a script written
 * without spaces between words (Thai, Lao, Myanmar, Khmer, Chinese, Japanese), where every
 * character may begin a word. The page text and the quote use the same rule.
 */

/** Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, CJK, kana). */
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uf900-\ufaff\uff66-\uff9f]/g;

function isUnspaced(c: number): boolean {
  if (c < 0x0e00) return false;
  UNSPACED.lastIndex = 0;
  return UNSPACED.test(String.fromCharCode(c));
}

/** Whether s[i] starts a word: a non-space after a space (or the start), or a character of an unspaced script. */
export function isWordStart(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 32 || Number.isNaN(c)) return false;
  return i === 0 || s.charCodeAt(i - 1) === 32 || isUnspaced(c);
}

/**
 * Word starts of `text` followed by at least `room` characters, ascending. Found with native
 * searches (indexOf, one regular expression) so that even a first, not yet optimised run is fast.
 */
export function wordStarts(text: string, room: number): number[] {
  const last = text.length - room;
  const out: number[] = [];
  for (let i = 0; i <= last; ) {
    if (text.charCodeAt(i) !== 32) out.push(i);
    const space = text.indexOf(' ', i);
    if (space < 0) break;
    i = space + 1;
  }
  UNSPACED.lastIndex = 0;
  if (!UNSPACED.test(text)) return out;
  const all = new Set(out);
  UNSPACED.lastIndex = 0;
  for (let m = UNSPACED.exec(text); m && m.index <= last; m = UNSPACED.exec(text)) all.add(m.index);
  return [...all].sort((x, y) => x - y);
}
