// French names a ministry by its portfolios, each capitalised and joined by « et » or commas: « ministère de
// l’Enseignement supérieur et de la Recherche », « ministère de l’Économie, des Finances et de l’Industrie ». After a
// lower-case ministry's head, the name runs to its last portfolio, not to its first.
import { isAdjective, ofLength } from './french-bodies';
import { GIVEN_NAMES, PLACES } from './gazetteer';
import { LOWER_HEADS } from './lower-heads';
import type { Token } from './tokenize';

const MAX_PORTFOLIOS = 5;

/** Whether the name at `start` follows a lower-case ministry's head and its « de », « des », « du », « de la ». */
function afterLowerHead(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (tokens[k]?.text === 'la') k--;
  const of = tokens[k]?.text;
  if (of !== 'de' && of !== 'des' && of !== 'du') return false;
  const head = tokens[k - 1];
  return !!head && !head.capital && head.sentence === tokens[start]?.sentence && LOWER_HEADS.has(head.folded);
}

/** One past a portfolio's capitalised words and adjectives at `at` (« Souveraineté alimentaire »), else `at`. */
function portfolioEnd(tokens: readonly Token[], at: number, sentence: number): number {
  let j = at;
  while (tokens[j]?.capital && !tokens[j]?.stop && !tokens[j]?.loud && tokens[j]?.sentence === sentence) j++;
  if (j === at) return at;
  for (;;) {
    while (isAdjective(tokens[j], sentence)) j++;
    // « Souveraineté industrielle et numérique »: two adjectives joined.
    if (tokens[j]?.text === 'et' && j > at + 1 && isAdjective(tokens[j + 1], sentence)) j++;
    else return j;
  }
}

/**
 * One past the last portfolio of the ministry whose name starts at `start` and whose first portfolio's words end at
 * `end` (adjectives, then « et de la Recherche », or commas closed by « et »); `end` when none follows or no
 * ministry's head stands before it.
 */
export function ministryNameEnd(tokens: readonly Token[], start: number, end: number): number {
  const sentence = tokens[start]?.sentence ?? -1;
  if (!afterLowerHead(tokens, start)) return end;
  let j = portfolioEnd(tokens, start, sentence);
  if (j < end) return end;
  let closed = j;
  for (let n = 0; n < MAX_PORTFOLIOS; n++) {
    const sep = tokens[j]?.text;
    if (sep !== ',' && sep !== 'et') break;
    const of = ofLength(tokens, j + 1);
    const word = tokens[j + 1 + of];
    // « et de la France », « et de Marc Lenoir »: a place or a person joins the sentence, not the name.
    if ((of === 0 && !word?.elided) || PLACES.has(word?.folded ?? '') || GIVEN_NAMES.has(word?.folded ?? ''))
      break;
    const after = portfolioEnd(tokens, j + 1 + of, sentence);
    if (after === j + 1 + of) break;
    j = after;
    // Commas list portfolios only when « et » closes the list (« de l’Intérieur, de la Justice, » lists bodies).
    if (sep === 'et') closed = j;
  }
  return Math.max(closed, end);
}
