// "the Go Fund Me page", "a Call Me Maybe cover": inside a sentence, a capitalised "Me" after a name's words is
// the end of a title or a brand written in title case; the pronoun is written small everywhere else.
import type { Token } from './tokenize';

/** A capitalised "Me" inside a sentence: a title's or a brand's last word (see closingMeEnd). */
export const isClosingMe = (t: Token): boolean => t.text === 'Me' && !t.headline && !t.initial;

/** One past a capitalised "Me" closing the name [start, end) inside its sentence, else `end`. */
export function closingMeEnd(tokens: readonly Token[], start: number, end: number): number {
  const me = tokens[end];
  if (!me || !isClosingMe(me)) return end;
  const last = tokens[end - 1] as Token;
  return me.sentence === last.sentence && !last.possessive && !tokens[start]?.loud ? end + 1 : end;
}
