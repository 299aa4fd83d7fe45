// Walkers carried banners reading "Save Cannop's trees", chanting “Free Tibet”: a quoted slogan opens with a
// campaign's imperative verb, which is no part of the name it governs (no given name of a "Save Cannop").
import type { Token } from './tokenize';

// Verbs that open campaign slogans, folded.
const SLOGAN_VERBS = new Set(
  'save stop protect keep ban free defend scrap end fight fund support boycott reopen restore'.split(' '),
);

// Marks that open a quotation in English text.
const OPENING_QUOTES = new Set(['"', '“', '‘']);

/**
 * Whether the two-word span tokens[a..b) opens a quotation with a slogan's verb before one name: "Save Cannop",
 * "Free Tibet". Longer names ("Stop Funding Hate") may be a campaign's own and are left whole.
 */
export const opensSlogan = (tokens: readonly Token[], a: number, b: number): boolean =>
  b - a === 2 &&
  OPENING_QUOTES.has(tokens[a - 1]?.text ?? '') &&
  SLOGAN_VERBS.has(tokens[a]?.folded ?? '') &&
  tokens[a]?.loud !== true;
