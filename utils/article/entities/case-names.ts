// "Roe v. Wade", "Citizens for Clean Air v. Hale": a court case is named by its two parties, one name ("vs."
// compares more often than it names a case: "Coinbase vs. Coinbase Pro").
import type { Token } from './tokenize';

type Run = [number, number];

// Connectors inside a party's name before "v." ("Citizens for Clean Air", "Friends of Lakes").
const PARTY_LINKS = new Set(['for', 'of']);

/** One past "v." at `at`; -1 otherwise. */
const versusEnd = (tokens: readonly Token[], at: number): number =>
  tokens[at]?.text === 'v' && tokens[at + 1]?.text === '.' ? at + 2 : -1;

/**
 * Joins the runs on both sides of "v." into one name, the left party taken whole across "for" or "of"
 * ("Citizens for Clean Air v. Hale"). In English only: French and others write « c. » or « contre ».
 */
export function joinCaseNames(tokens: readonly Token[], runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const prev = out.at(-1);
    if (prev && versusEnd(tokens, prev[1]) === run[0]) {
      // The left party's own first words, before "for" or "of".
      const before = out.at(-2);
      const linked = before && before[1] + 1 === prev[0] && PARTY_LINKS.has(tokens[prev[0] - 1]?.text ?? '');
      if (linked && before) {
        out.pop();
        before[1] = run[1];
      } else prev[1] = run[1];
      continue;
    }
    out.push([run[0], run[1]]);
  }
  return out;
}
