import type { Token } from './tokenize';

/** The words of tokens[a..b) are written, as they are, in that order somewhere else too. */
export function writtenAgain(tokens: readonly Token[], a: number, b: number): boolean {
  const n = b - a;
  for (let i = 0; i + n <= tokens.length; i++) {
    if (i === a) continue;
    let k = 0;
    while (k < n && tokens[i + k]?.text === tokens[a + k]?.text) k++;
    if (k === n) return true;
  }
  return false;
}
