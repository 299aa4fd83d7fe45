// "Salesforce President and Chief Operating Officer Brian Millham", "Union Minister of State for Science and
// Technology Jitendra Singh": an office written out after its body, or followed by its portfolio, is a role, not
// part of a name.
import { isKnownName } from './gazetteer';
import { endsLikeThing } from './gazetteer/thing-words';
import { ROLE_QUALIFIERS } from './lexicon';
import { isNameToken, isStop } from './span';
import type { Token } from './tokenize';

// Offices written out; "King", "Prince", "Judge" are left out: they are surnames and close names ("Stephen King").
const OFFICES = new Set(
  `president minister secretary chairman chairwoman commissioner governor director chancellor spokesman
  spokeswoman spokesperson`.split(/\s+/),
);

// Offices that take a portfolio after "of" or "for": "Minister of State for Science", "Secretary of Defense".
const PORTFOLIO_OFFICES = new Set(['minister', 'ministers', 'secretary', 'commissioner']);
const OPENS_PORTFOLIO = new Set(['of', 'for']);
const LINKS_PORTFOLIO = new Set(['of', 'for', 'and']);

/**
 * One past the name's end once an office closing the span and its qualifiers are dropped: "Salesforce President"
 * → "Salesforce", "Union Minister" → nothing. The office must follow another word ("Vice President" is a role
 * alone, dropped elsewhere).
 */
export function beforeOffice(tokens: readonly Token[], a: number, b: number): number {
  if (b - a < 2 || !OFFICES.has(tokens[b - 1]?.folded ?? '')) return b;
  let k = b - 1;
  while (k > a && ROLE_QUALIFIERS.has(tokens[k - 1]?.folded ?? '')) k--;
  return k;
}

/**
 * Whether the span starting at `from` continues an office's portfolio, written without an article after
 * "Minister of", "Secretary for" and linked by "of", "for", "and": "Science", "Technology Jitendra Singh" in
 * "Minister of State for Science and Technology Jitendra Singh". A body takes an article ("Commissioner of the
 * Metropolitan Police") and is left alone.
 */
export function continuesPortfolio(tokens: readonly Token[], from: number): boolean {
  if (!LINKS_PORTFOLIO.has(tokens[from - 1]?.folded ?? '')) return false;
  for (let k = from - 2; k >= 0 && k >= from - 12; k--) {
    const t = tokens[k] as Token;
    if (PORTFOLIO_OFFICES.has(t.folded)) return OPENS_PORTFOLIO.has(tokens[k + 1]?.folded ?? '');
    if (!LINKS_PORTFOLIO.has(t.folded) && !(isNameToken(t) && !isStop(t))) return false;
  }
  return false;
}

/**
 * Where the holder's name starts in a span that continues a portfolio: at a given name, or at the last two words
 * of three or more ("Technology Jitendra Singh"); `b` when the span is the portfolio alone ("State for Science").
 */
export function holderStart(
  tokens: readonly Token[],
  a: number,
  b: number,
  given: (w: string) => boolean,
): number {
  for (let k = a + 1; k < b - 1; k++) if (given(tokens[k]?.folded ?? '')) return k;
  const tail = tokens.slice(b - 2, b).every((t) => isNameToken(t) && !isStop(t));
  return b - a >= 3 && tail ? b - 2 : b;
}

/** A portfolio's words that are a known name, kept: "Governor of Texas", "Secretary for Europe". */
export const isKnownPortfolio = (tokens: readonly Token[], a: number, b: number): boolean =>
  a < b &&
  (isKnownName(
    tokens
      .slice(a, b)
      .map((t) => t.folded)
      .join(' '),
  ) ||
    tokens.slice(a, b).every((t) => t.loud));

/**
 * "Emergency Management Commissioner Rick Nugent", "Police Commissioner": the words before an office are its
 * portfolio, not a body, when each is written in lower case elsewhere in the text or is a derived noun
 * ("Management"); "Salesforce President", "Federal Reserve Chairman" keep their body.
 */
export function isCommonPortfolio(
  tokens: readonly Token[],
  a: number,
  b: number,
  lower: ReadonlyMap<string, number>,
): boolean {
  if (a >= b || isKnownPortfolio(tokens, a, b)) return false;
  return tokens
    .slice(a, b)
    .every((t) => !t.loud && ((lower.get(t.folded) ?? 0) > 0 || endsLikeThing(t.folded)));
}
