import { hasLowerAdjective } from './adjective-bridges';
import { isAdjective } from './french-bodies';
import type { Token } from './tokenize';

// French parliamentary groups name themselves with lower-case words after a capitalised first one: « groupe
// Socialistes et apparentés », « groupe Droite républicaine », « groupe Écologiste et social ». After « groupe », a
// political side's word takes its adjectives, joined by « et »; « et apparentés » closes any group's name.

/** Political sides a group's name opens with, folded. */
const SIDES = new Set(
  `droite gauche ecologiste ecologistes socialiste socialistes communiste communistes democrate democrates
  republicain republicains centriste centristes independant independants`.split(/\s+/),
);
const AFFILIATES = new Set(['apparente', 'apparentes', 'apparentee', 'apparentees']);
const MAX_WORDS = 4;
const DETERMINERS = new Set(['la', 'le', 'les']);

const sideWord = (t: Token | undefined, sentence: number): boolean =>
  isAdjective(t, sentence) || (t?.sentence === sentence && !t.capital && SIDES.has(t.folded));

/**
 * Index of the side's word that opens a group's name in the run [start, end): one word after « groupe »
 * (« groupe Droite républicaine »), or after the article that opens a sentence and the run (« La Droite
 * républicaine s'est abstenue »), where the capital owes nothing to the sentence; -1 for none.
 */
function sideAt(tokens: readonly Token[], start: number, end: number): number {
  const first = tokens[start];
  if (end === start + 1)
    return tokens[start - 1]?.folded === 'groupe' && SIDES.has(first?.folded ?? '') ? start : -1;
  const side = tokens[start + 1];
  return end === start + 2 && first?.initial && DETERMINERS.has(first.folded) && SIDES.has(side?.folded ?? '')
    ? start + 1
    : -1;
}

/**
 * One past the lower-case words that complete the parliamentary group whose name runs from `start` to `end`
 * (« Droite » + « républicaine », « Socialistes » + « et apparentés »); `end` when none does.
 */
export function groupNameEnd(tokens: readonly Token[], start: number, end: number): number {
  const first = tokens[start];
  if (!first) return end;
  const sentence = first.sentence;
  let j = end;
  if (sideAt(tokens, start, end) >= 0) {
    for (let n = 0; n < MAX_WORDS; n++) {
      const and = tokens[j]?.text === 'et' ? 1 : 0;
      if (!sideWord(tokens[j + and], sentence)) break;
      j += and + 1;
    }
  }
  const after = tokens[j + 1];
  if (tokens[j]?.text === 'et' && after?.sentence === sentence && AFFILIATES.has(after.folded)) return j + 2;
  return j;
}

/** « Droite républicaine », « Gauche démocrate et sociale »: a side's word and a lower-case adjective, a body. */
export const namesSide = (ws: readonly string[], surfaces: readonly string[]): boolean =>
  ws.length > 1 && SIDES.has(ws[0] ?? '') && surfaces.some(hasLowerAdjective);
