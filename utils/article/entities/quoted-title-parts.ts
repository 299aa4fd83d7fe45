import { isQuoted, type Mention } from './mention';

// A person's full name is two or three words; a quoted name of more is a title, though particles would leave
// three name-like words (« La Dernière Nuit de Tromsø »).
const TITLE_MIN_WORDS = 4;

/**
 * Keys of names of four words or more that the text only ever writes inside quotation marks or in italics (see
 * italic-works.ts), alone: titles of works (« La Dernière Nuit de Tromsø »), whose last word is a place or a thing
 * named again alone, not a surname short for the title.
 */
export function quotedWorksOnly(byKey: ReadonlyMap<string, readonly Mention[]>): Set<string> {
  const out = new Set<string>();
  for (const [k, ms] of byKey)
    if (k.split(' ').length >= TITLE_MIN_WORDS && ms.length > 0 && ms.every((m) => isQuoted(m) || m.work))
      out.add(k);
  return out;
}
