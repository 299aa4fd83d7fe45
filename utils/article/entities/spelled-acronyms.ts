import type { AcronymDefinition } from './acronyms';
import type { Mention } from './mention';
import type { Token } from './tokenize';

// « PLATO, pour PLAnetary Transits and Oscillations of stars »: a name of several words whose capitals, read in
// order, spell an acronym of the text exactly is that acronym written out, wherever the two stand. Two words at
// least give capitals, and no figure stands in it: "RTX 3090" is a model of the RTX range, not its expansion.
const CAPITALS = /\p{Lu}/gu;

/** Definitions for mentions whose capitals spell, whole, an acronym (three letters or more) found in `tokens`. */
export function spelledDefinitions(
  tokens: readonly Token[],
  mentions: readonly Mention[],
): AcronymDefinition[] {
  // `loud` (no lower-case letter) first: the Unicode pattern is asked of the few words in capitals only.
  const acronyms = new Set(tokens.filter((t) => t.loud && /^\p{Lu}{3,8}$/u.test(t.text)).map((t) => t.text));
  const out: AcronymDefinition[] = [];
  for (const m of mentions) {
    const words = m.surface.split(' ');
    if (/\d/u.test(m.surface) || words.filter((w) => /\p{Lu}/u.test(w)).length < 2) continue;
    const spelled = (m.surface.match(CAPITALS) ?? []).join('');
    if (spelled !== m.surface && acronyms.has(spelled)) out.push({ acronym: spelled, definition: m });
  }
  return out;
}
