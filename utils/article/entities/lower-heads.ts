import { PLACES } from './gazetteer';
import type { Token } from './tokenize';

// French writes some bodies' first word in lower case: « ministère de l’Intérieur », « secrétariat d’État aux
// Transports ». The capitalised words alone ("Intérieur", "Affaires étrangères") do not say what they name.
// A disease named after its place or its discoverer too: « la maladie de Lyme » is no town, « la maladie
// d’Alzheimer » no doctor.
export const LOWER_HEADS: ReadonlySet<string> = new Set(['ministere', 'secretariat', 'maladie', 'syndrome']);
const OF = /^\s+(?:de|des|du|de la|de l[’']|d[’'])\s*$/u;

/**
 * Index where the name starting at `a` really starts: at a lower-case head and the « de », « des », « du »,
 * « de la » or « d’ » after it ("ministère des Affaires étrangères"), else `a`. Places stay on their own
 * ("ambassade de France" is about France).
 */
export function lowerHeadStart(tokens: Token[], text: string, a: number): number {
  const first = tokens[a];
  if (!first || PLACES.has(first.folded)) return a;
  for (let k = a - 1; k >= Math.max(0, a - 3); k--) {
    const head = tokens[k] as Token;
    if (!LOWER_HEADS.has(head.folded) || head.sentence !== first.sentence) continue;
    return OF.test(text.slice(head.start + head.text.length, first.start)) ? k : a;
  }
  return a;
}
