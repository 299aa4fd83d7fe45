// "Roe v. Wade", "Citizens for Clean Air v. Hale": a court case is named by its two parties, one name ("vs."
// compares more often than it names a case: "Coinbase vs. Coinbase Pro"; after a court's word it names one).
import type { Token } from './tokenize';

type Run = [number, number];

// Connectors inside a party's name before "v." ("Citizens for Clean Air", "Friends of Lakes").
const PARTY_LINKS = new Set(['for', 'of']);

// Words that say a court decided the case "vs." names: "the Supreme Court held in Taylor vs. Louisiana".
const COURT_WORDS = new Set(
  'court courts held ruled ruling case decision precedent landmark justices'.split(' '),
);
const COURT_REACH = 6;

/** A court word among the few words before tokens[from], in its sentence. */
function courtBefore(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]?.sentence;
  for (let i = from - 1; i >= 0 && i >= from - COURT_REACH; i--) {
    const t = tokens[i];
    if (!t || t.sentence !== sentence) return false;
    if (COURT_WORDS.has(t.folded)) return true;
  }
  return false;
}

/** One past "v." (or "vs." after a court's word) at `at`, the left party starting at `from`; -1 otherwise. */
function versusEnd(tokens: readonly Token[], at: number, from: number): number {
  if (tokens[at + 1]?.text !== '.') return -1;
  const word = tokens[at]?.text;
  return word === 'v' || (word === 'vs' && courtBefore(tokens, from)) ? at + 2 : -1;
}

/**
 * Joins the runs on both sides of "v." into one name, the left party taken whole across "for" or "of"
 * ("Citizens for Clean Air v. Hale"). In English only: French and others write « c. » or « contre ».
 */
export function joinCaseNames(tokens: readonly Token[], runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const prev = out.at(-1);
    if (prev && versusEnd(tokens, prev[1], prev[0]) === run[0]) {
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
