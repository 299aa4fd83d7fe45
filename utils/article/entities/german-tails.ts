import { GIVEN_NAMES, isKnownName, ORG_WORDS, PLACES } from './gazetteer';
import type { Token } from './tokenize';

// Where every noun has a capital, the noun after a name runs on with it: "Klaus Berger Chorleiter der …" (a role
// in apposition), "der Bayerische Rundfunk Nachwuchs" (a known body, then the object). The name ends before it.

// Heads of role compounds, folded: "Chorleiter", "Vereinschef", "Pressesprecherin", "Landesvorsitzender".
const ROLE_HEAD =
  /(?:leiter|chef|direktor|prasident|sprecher|vorsitzender|vorsitzende|trainer|geschaftsfuhrer|minister|beauftragter|beauftragte)(?:in)?$/u;

const PLAIN_NOUN = /^\p{Lu}\p{Ll}{2,}$/u;

const keyOf = (tokens: readonly Token[], a: number, b: number): string =>
  tokens
    .slice(a, b)
    .map((t) => t.folded)
    .join(' ');

/**
 * End of the name in tokens[a..b) without a noun run on after it: a role compound after a given name and surname,
 * or a plain noun after a known name of two words or more that the whole is not. Returns b when none.
 */
export function endBeforeNounTail(tokens: readonly Token[], a: number, b: number): number {
  const last = tokens[b - 1];
  const words = tokens.slice(a, b).filter((t) => t.text !== '-');
  if (!last || words.length < 3 || !PLAIN_NOUN.test(last.text) || !words.every((t) => t.isWord)) return b;
  const given = (tokens[a]?.folded ?? '').split('-')[0] ?? '';
  if (GIVEN_NAMES.has(given) && ROLE_HEAD.test(last.folded)) return b - 1;
  const known = isKnownName(keyOf(tokens, a, b - 1)) && !isKnownName(keyOf(tokens, a, b));
  const ends = ORG_WORDS.has(last.folded) || PLACES.has(last.folded) || isKnownName(last.folded);
  return known && !ends ? b - 1 : b;
}
