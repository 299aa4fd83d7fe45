// "(NYSE: HLV)", "(Nasdaq: KSTR)": the letters after an exchange and a colon are a ticker, which stands for the
// company named just before it; a reader does not take it, nor the exchange named only to say where the company
// is listed, for a subject of the article.
import { STOCK_EXCHANGES } from './lexicon';
import type { Token } from './tokenize';

/** tokens[a..b) is one ticker symbol written after a stock exchange's name and a colon. */
function isTickerSymbol(tokens: readonly Token[], a: number, b: number): boolean {
  const t = tokens[a];
  return (
    b - a === 1 &&
    t !== undefined &&
    /^\p{Lu}[\p{Lu}.]{0,6}$/u.test(t.text) &&
    tokens[a - 1]?.text === ':' &&
    STOCK_EXCHANGES.has(tokens[a - 2]?.folded ?? '')
  );
}

/** tokens[a..b) is a ticker, or the exchange that opens a bracketed listing before one: "(NYSE: HLV)". */
export function isListing(tokens: readonly Token[], a: number, b: number): boolean {
  if (isTickerSymbol(tokens, a, b)) return true;
  return (
    b - a === 1 &&
    tokens[a - 1]?.text === '(' &&
    STOCK_EXCHANGES.has(tokens[a]?.folded ?? '') &&
    isTickerSymbol(tokens, a + 2, a + 3)
  );
}
