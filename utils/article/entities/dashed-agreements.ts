// « l’Accord Canada–États-Unis–Mexique », "the United States–Mexico–Canada Agreement": an agreement named after the
// countries that signed it, joined by tight dashes. Each country stands alone elsewhere, but the chain with its
// kind of agreement is one name (see dashed-names.ts for pairs of words known only together).
import { tightDash } from './dashed-names';
import type { Token } from './tokenize';

type Run = [number, number];

// Kinds of agreement, folded, that open the name in French or close it in English.
const KINDS = new Set('accord accords traite pacte agreement treaty pact'.split(' '));

/** Runs joined by tight dashes, the first opened or the last closed by a kind of agreement, made one run. */
export function joinDashedAgreements(tokens: readonly Token[], runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const [a, b] = runs[i] as Run;
    let j = i;
    while (
      j + 1 < runs.length &&
      (runs[j + 1] as Run)[0] === (runs[j] as Run)[1] + 1 &&
      tightDash(tokens, (runs[j] as Run)[1])
    )
      j++;
    const end = (runs[j] as Run)[1];
    if (j > i && (KINDS.has(tokens[a]?.folded ?? '') || KINDS.has(tokens[end - 1]?.folded ?? ''))) {
      out.push([a, end]);
      i = j;
    } else out.push([a, b]);
  }
  return out;
}
