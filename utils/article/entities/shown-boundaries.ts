// "bringt Gabriel Wibmer Late for School 2" after the heading "Gabriel Wibmer – Late for School 2": where the
// article itself puts a dash or a colon between two words, a run of capitals holding them is two names.
import type { Token } from './tokenize';

type Run = [number, number];

// Marks that set a name apart from a title or a label on a line: "Name – Title", "Name: Title", "Name | Site".
const SEPARATORS = new Set(['–', '—', ':', '|']);

const pairKey = (left: string, right: string): string => `${left}\u0000${right}`;

/** Word pairs the article writes with a separator between them ("wibmer – late"). */
function separatedPairs(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (t.isWord || !SEPARATORS.has(t.text)) continue;
    const left = tokens[i - 1] as Token;
    const right = tokens[i + 1] as Token;
    if (left.capital && right.capital && left.line === right.line)
      out.add(pairKey(left.folded, right.folded));
  }
  return out;
}

/**
 * Runs cut between two words the article writes elsewhere with a separator between them, when two words or more
 * stand before the cut (a full name, not "Late" of "Late for School").
 */
export function cutAtShownBoundaries(tokens: readonly Token[], runs: readonly Run[]): Run[] {
  const pairs = separatedPairs(tokens);
  if (pairs.size === 0) return [...runs];
  const out: Run[] = [];
  for (const [a, b] of runs) {
    let from = a;
    for (let k = a + 2; k < b; k++) {
      if (!pairs.has(pairKey(tokens[k - 1]?.folded ?? '', tokens[k]?.folded ?? ''))) continue;
      out.push([from, k]);
      from = k;
    }
    out.push([from, b]);
  }
  return out;
}
