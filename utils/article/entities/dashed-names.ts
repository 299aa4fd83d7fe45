// "Kullback–Leibler divergence", "Dunning–Kruger effect": an en dash with no spaces joins two surnames into the
// name of one thing. "Israel–Hamas war" and "London–Paris flights" join two names that stand alone elsewhere.
import type { Token } from './tokenize';

type Run = [number, number];

const DASHES = new Set(['–', '—']);

/** Whether tokens[at] is a dash touching the words on both sides. */
export function tightDash(tokens: readonly Token[], at: number): boolean {
  const dash = tokens[at];
  const left = tokens[at - 1];
  const right = tokens[at + 1];
  return (
    dash !== undefined &&
    left !== undefined &&
    right !== undefined &&
    DASHES.has(dash.text) &&
    left.start + left.text.length === dash.start &&
    dash.start + dash.text.length === right.start
  );
}

/**
 * Two one-word runs joined by a tight dash make one name when neither word is ever written on its own in the
 * article: each is known only as half of the pair.
 */
export function joinDashedNames(tokens: readonly Token[], runs: readonly Run[]): Run[] {
  const pairs: number[] = [];
  for (let i = 0; i + 1 < runs.length; i++) {
    const [a, b] = runs[i] as Run;
    const [c, d] = runs[i + 1] as Run;
    if (b - a === 1 && d - c === 1 && c === b + 1 && tightDash(tokens, b)) pairs.push(i);
  }
  if (pairs.length === 0) return [...runs];
  const alone = new Map<string, number>();
  for (const [a, b] of runs)
    if (b - a === 1) alone.set(tokens[a]?.folded ?? '', (alone.get(tokens[a]?.folded ?? '') ?? 0) + 1);
  const paired = new Map<string, number>();
  const count = (i: number) => {
    const w = tokens[(runs[i] as Run)[0]]?.folded ?? '';
    paired.set(w, (paired.get(w) ?? 0) + 1);
  };
  for (const i of pairs) {
    count(i);
    count(i + 1);
  }
  const onlyPaired = (i: number) => {
    const w = tokens[(runs[i] as Run)[0]]?.folded ?? '';
    return alone.get(w) === paired.get(w);
  };
  const join = new Set(pairs.filter((i) => onlyPaired(i) && onlyPaired(i + 1)));
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    if (join.has(i)) {
      out.push([(runs[i] as Run)[0], (runs[i + 1] as Run)[1]]);
      i++;
    } else out.push(runs[i] as Run);
  }
  return out;
}
