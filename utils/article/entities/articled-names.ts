// « le Finistère », « dans la Drôme »: French writes a definite article before a place or a thing, never before
// a person's surname; such a word is no surname to join to « Samu du Finistère » as if « Samu » were a given name.
import type { Mention } from './mention';

const DEFINITE = new Set(['le', 'la', 'les']);

/** Keys of one word written after « le », « la » or « les » somewhere in the text. */
export function writtenWithArticle(byKey: ReadonlyMap<string, readonly Mention[]>): Set<string> {
  const out = new Set<string>();
  for (const [k, ms] of byKey) {
    if (!k.includes(' ') && ms.some((m) => DEFINITE.has(m.before[0] ?? ''))) out.add(k);
  }
  return out;
}
