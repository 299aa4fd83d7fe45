// "Jacob ben Asher", "Rabbi Ben Jaakov Ben Asher", "Ibn Ali Ibn Hassan": Hebrew and Arabic names chain "son of"
// words, which are also given names ("Ben"); a chain opened by the same word is one person's name.
import type { Token } from './tokenize';

const SON_OF = new Set(['ben', 'bin', 'ibn']);

/** tokens[k] repeats the "son of" word that opens the span at `a`: the name goes on, no second person starts. */
export const continuesPatronym = (tokens: readonly Token[], a: number, k: number): boolean =>
  SON_OF.has(tokens[k]?.folded ?? '') && tokens[a]?.folded === tokens[k]?.folded;
