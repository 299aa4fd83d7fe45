// French names its top prizes after a metal, in lower case after an elided « de »: « Lion d'or », « Palme d'or »,
// « Ballon d'or », « Ours d'argent ». Without it the name reads as the animal or the thing alone.
import type { Token } from './tokenize';

const METALS = new Set(['or', 'argent']);

/**
 * One past « d'or » or « d'argent » after the one-word name tokens[a..b), else `b`. The metal is marked as no
 * function word (« or » is a conjunction too), in place, so that the name keeps it.
 */
export function withMetal(tokens: readonly Token[], a: number, b: number): number {
  const next = tokens[b];
  if (b - a !== 1 || next?.elided !== true || !METALS.has(next.text) || next.sentence !== tokens[a]?.sentence)
    return b;
  next.stop = false;
  return b + 1;
}
