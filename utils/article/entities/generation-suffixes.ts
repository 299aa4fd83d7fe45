// "Snapdragon 7s Gen 3", "Core i7 Gen 12": "Gen" and a number close the model named just before them, its
// generation; alone, "Gen 3" names nothing a reader looks for.
import type { Token } from './tokenize';

type Run = [number, number];

const GENERATION = /^\d{1,2}$/;
// A model's short tier between the line and its generation: "7s", "8", "5x".
const TIER = /^\d[\p{Ll}\d]{0,2}$/u;

/** `b` follows `a` after one space, inside one sentence. */
const spacedAfter = (a: Token, b: Token): boolean =>
  a.sentence === b.sentence && b.start === a.start + a.text.length + 1;

/**
 * The run is "Gen" and a short number one space after the run before it, or after a tier that follows that run,
 * inside one sentence.
 */
function closesModel(tokens: readonly Token[], before: Run, run: Run): boolean {
  const [a, b] = run;
  const word = tokens[a];
  const number = tokens[a + 1];
  if (b - a !== 2 || !word || !number || word.text !== 'Gen' || !GENERATION.test(number.text)) return false;
  if (!spacedAfter(word, number)) return false;
  const tier = before[1] === a - 1 ? tokens[a - 1] : undefined;
  if (tier && (!TIER.test(tier.text) || !spacedAfter(tier, word))) return false;
  if (!tier && before[1] !== a) return false;
  const last = tokens[before[1] - 1];
  return last !== undefined && spacedAfter(last, tier ?? word);
}

/** The runs with each "Gen N" joined to the model before it (and the tier between them). */
export function withGenerations(tokens: readonly Token[], runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const prev = out.at(-1);
    if (prev && closesModel(tokens, prev, r)) prev[1] = r[1];
    else out.push([r[0], r[1]]);
  }
  return out;
}
