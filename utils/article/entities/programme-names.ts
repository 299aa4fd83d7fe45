import type { Token } from './tokenize';

type Run = [number, number];

// French words before a public programme's name (« le plan France médecine génomique », « le programme Action
// cœur de ville », « le label Qualité tourisme »), folded.
const PROGRAMME_WORDS = new Set([
  'plan',
  'programme',
  'dispositif',
  'label',
  'strategie',
  'operation',
  'pacte',
]);
// The most lower-case words a programme's name carries after its capitalised words.
const MAX_TAIL = 3;

/** One past the lower-case words (no function word, no number) that follow the run ending at `b` in its sentence. */
function tailEnd(tokens: readonly Token[], b: number): number {
  let k = b;
  while (k < b + MAX_TAIL) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t?.isWord || t.capital || t.stop || /\d/.test(t.text) || t.sentence !== prev?.sentence) break;
    if (t.start !== (prev?.start ?? 0) + (prev?.text.length ?? 0) + 1) break;
    k++;
  }
  return k;
}

/**
 * French names a programme with a capitalised word and lower-case words after « plan », « programme »,
 * « dispositif »… (« le plan France médecine génomique »): the run takes those words when the text writes them so
 * at least twice (a sentence that happens to go on in lower case after a name does not repeat itself), and
 * « France » alone is then no place of the article.
 */
export function withProgrammeTails(tokens: readonly Token[], runs: Run[]): Run[] {
  const key = (a: number, b: number): string =>
    tokens
      .slice(a, b)
      .map((t) => t.folded)
      .join(' ');
  const tails = runs.map(([a, b]) =>
    PROGRAMME_WORDS.has(tokens[a - 1]?.folded ?? '') && !tokens[a - 1]?.capital ? tailEnd(tokens, b) : b,
  );
  const counts = new Map<string, number>();
  runs.forEach(([a, b], i) => {
    const end = tails[i] ?? b;
    if (end > b) counts.set(key(a, end), (counts.get(key(a, end)) ?? 0) + 1);
  });
  if (counts.size === 0) return runs;
  return runs.map(([a, b], i): Run => {
    const end = tails[i] ?? b;
    return end > b && (counts.get(key(a, end)) ?? 0) >= 2 ? [a, end] : [a, b];
  });
}
