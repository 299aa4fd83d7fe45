import { GIVEN_NAMES } from './gazetteer';
import { isQuoted, type Mention } from './mention';

// A person's full name is two or three words; a quoted name of more is a title, though particles would leave
// three name-like words (« La Dernière Nuit de Tromsø »).
const TITLE_MIN_WORDS = 4;

/**
 * Keys of names of four words or more that the text only ever writes inside quotation marks or in italics (see
 * italic-works.ts), alone: titles of works (« La Dernière Nuit de Tromsø »), whose last word is a place or a thing
 * named again alone, not a surname short for the title. Set in italics each time, a work cue near it (see
 * `italicWorks`), a title of two or three words is one too (« Brumes d’Ys » and the legend's « Ys »), unless a
 * given name opens it: a person's name set apart (a quotation's <cite>).
 */
export function quotedWorksOnly(byKey: ReadonlyMap<string, readonly Mention[]>): Set<string> {
  const out = new Set<string>();
  for (const [k, ms] of byKey) {
    if (ms.length === 0 || !k.includes(' ')) continue;
    const ws = k.split(' ');
    if (ws.length >= TITLE_MIN_WORDS ? ms.every((m) => isQuoted(m) || m.work) : italicTitle(ws, ms))
      out.add(k);
  }
  return out;
}

const italicTitle = (ws: readonly string[], ms: readonly Mention[]): boolean =>
  !GIVEN_NAMES.has(ws[0] ?? '') && ms.every((m) => m.work);
