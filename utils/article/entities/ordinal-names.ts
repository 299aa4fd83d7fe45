// English numbers some bodies and texts by an ordinal in figures: "the 14th Amendment", "the 9th Circuit", "the
// 101st Airborne Division". The head alone ("Amendment") is no name; with its number it is one.
import type { Token } from './tokenize';

type Run = [number, number];

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
const HEADS = new Set(
  'amendment circuit district congress division brigade battalion regiment corps fleet army airborne precinct ward'.split(
    ' ',
  ),
);

/** Each run opened by a numbered head takes the ordinal written just before it ("14th" + "Amendment"). */
export function withOrdinals(tokens: readonly Token[], runs: readonly Run[]): Run[] {
  return runs.map(([a, b]) => {
    const ordinal = tokens[a - 1];
    const head = tokens[a];
    if (!ordinal || !head || !ORDINAL.test(ordinal.text) || !HEADS.has(head.folded)) return [a, b];
    if (ordinal.sentence !== head.sentence || head.start - ordinal.start - ordinal.text.length !== 1)
      return [a, b];
    return [a - 1, b];
  });
}
