// « CAC 40 », « SBF 120 », « DAX 30 »: an acronym and a short number are one name the first time they are
// written; the acronym alone is a cut name. A currency code and a sum (« CHF 80 ») or a year are no such pair.

import { letterShape } from '@/utils/shared/letter-shape';
import { COMMON_ACRONYMS } from './lexicon';
import type { Token } from './tokenize';

type Run = [number, number];

/**
 * The run is one acronym in capitals (after an opening « Le »: « Le CAC 40 a fini ») and its growth adds a two- or
 * three-digit number, not a year.
 */
export function acronymNumber(tokens: readonly Token[], [a, b]: Run, [, end]: Run): boolean {
  const t = tokens[b - 1];
  const n = tokens[b];
  return (
    tokens.slice(a, b - 1).every((w) => w.stop) &&
    end === b + 1 &&
    t !== undefined &&
    /^U{2,5}$/.test(letterShape(t.text)) &&
    !COMMON_ACRONYMS.has(t.folded) &&
    /^\d{2,3}$/.test(n?.text ?? '')
  );
}
