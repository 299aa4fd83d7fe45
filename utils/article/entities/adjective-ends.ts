// « la Zoé Électrique », « le Fairphone 6 Réparable »: a French adjective capitalised after a product's name (a
// brand's own styling) is no part of the name where the text writes the adjective in lower case and the name
// without it. Bodies named by a noun and an adjective (« Parti Socialiste ») keep theirs.
import type { TextEvidence } from './evidence';
import { isKnownName, ORG_WORDS, PLACE_WORDS } from './gazetteer';
import { spanKey } from './runs';
import { ADJECTIVE } from './span';
import type { Token } from './tokenize';

const IS_ADJECTIVE = (w: string): boolean => ADJECTIVE.test(w) || /^\p{Ll}{3,}(?:able|ible)s?$/u.test(w);

/** The end of the French name tokens[a..b) with a capitalised common adjective closing it left out. */
export function endBeforeCapitalAdjective(tokens: Token[], a: number, b: number, ev: TextEvidence): number {
  const last = tokens[b - 1];
  const first = tokens[a];
  if (ev.lang !== 'fr' || b - a < 2 || !last || !first || last.initial || last.loud) return b;
  // An acronym's branch is named by a noun (« SNCF Voyageurs », « EDF Renouvelables »).
  if (!/^\p{Lu}/u.test(last.text) || first.loud) return b;
  if (!IS_ADJECTIVE(last.folded) || (ev.lower.get(last.folded) ?? 0) === 0) return b;
  if (ORG_WORDS.has(first.folded) || PLACE_WORDS.has(first.folded) || isKnownName(spanKey(tokens, a, b)))
    return b;
  // The name is written without the adjective too: its first word stands capitalised in more sentences.
  return (ev.midCaps.get(first.folded) ?? 0) > (ev.midCaps.get(last.folded) ?? 0) ? b - 1 : b;
}
