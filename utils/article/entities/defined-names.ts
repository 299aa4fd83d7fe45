// "Customs and Border Protection (CBP)", "Air and Marine Operations (AMO)": an acronym in brackets shows that
// names on both sides of "and" make one body's name, here and wherever the article writes the same words again.
import { isAcronymLike } from './acronyms';
import type { Token } from './tokenize';

type Run = [number, number];

// Words that join two capitalised parts of one body's name written out before its acronym.
const JOINERS = new Set(['and', '&', 'et', 'of', 'for', 'de', 'du', 'des']);
const MAX_PARTS = 4;

const initials = (tokens: readonly Token[], a: number, b: number): string =>
  tokens
    .slice(a, b)
    .filter((t) => t.isWord && !t.stop && !JOINERS.has(t.text))
    .map((t) => t.folded[0] ?? '')
    .join('');

const wordsOf = (tokens: readonly Token[], a: number, b: number): string =>
  tokens
    .slice(a, b)
    .map((t) => t.folded)
    .join(' ');

/** The acronym in brackets right after tokens[..b), folded, or "". */
function acronymAfter(tokens: readonly Token[], b: number): string {
  const inner = tokens[b + 1];
  if (tokens[b]?.text !== '(' || tokens[b + 2]?.text !== ')' || !inner || !isAcronymLike(inner.text))
    return '';
  return inner.folded.replace(/[^a-z0-9]/g, '');
}

/** Whether runs[i] and runs[i + 1] are two parts of a name with one joiner between them. */
const joined = (tokens: readonly Token[], runs: readonly Run[], i: number): boolean => {
  const [, b] = runs[i] as Run;
  const next = runs[i + 1];
  return next !== undefined && next[0] === b + 1 && JOINERS.has(tokens[b]?.text ?? '');
};

/**
 * Runs joined across "and" (or "of", "&") when the acronym after them spells their words' initials, and the same
 * words joined again where the article repeats them without the acronym.
 */
export function joinDefinedNames(tokens: readonly Token[], runs: readonly Run[]): Run[] {
  const defined = new Set<string>();
  for (let i = 0; i < runs.length; i++) {
    for (let j = i + 1; j < Math.min(runs.length, i + MAX_PARTS) && joined(tokens, runs, j - 1); j++) {
      const a = (runs[i] as Run)[0];
      const b = (runs[j] as Run)[1];
      const acronym = acronymAfter(tokens, b);
      if (acronym.length >= 3 && initials(tokens, a, b) === acronym) defined.add(wordsOf(tokens, a, b));
    }
  }
  if (defined.size === 0) return [...runs];
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    let end = i;
    for (let j = i + 1; j < Math.min(runs.length, i + MAX_PARTS) && joined(tokens, runs, j - 1); j++) {
      if (defined.has(wordsOf(tokens, (runs[i] as Run)[0], (runs[j] as Run)[1]))) end = j;
    }
    out.push([(runs[i] as Run)[0], (runs[end] as Run)[1]]);
    i = end;
  }
  return out;
}
