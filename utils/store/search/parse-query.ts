/**
 * Turns what the reader typed into search terms. Every term must match; the last one matches as a
 * prefix while the reader is still typing it (no trailing space), so "micros" finds "Microsoft".
 */
import { isIndexable, MAX_TOKEN_LENGTH, tokenize } from './tokenize';

/** One search term: a folded token, matched exactly or as a prefix. */
export interface QueryTerm {
  token: string;
  prefix: boolean;
}

/** Parses a query; an empty list means "no search" (show the library as listed). */
export function parseQuery(text: string): QueryTerm[] {
  const tokens = tokenize(text);
  const typing = !/[\s\p{P}]$/u.test(text);
  const terms: QueryTerm[] = [];
  tokens.forEach((token, i) => {
    const last = i === tokens.length - 1;
    if (last && typing && token.length >= 2) {
      terms.push({ token: token.slice(0, MAX_TOKEN_LENGTH), prefix: true });
    } else if (isIndexable(token)) {
      terms.push({ token, prefix: false });
    }
  });
  const seen = new Set<string>();
  return terms.filter((t) => !seen.has(`${t.prefix}${t.token}`) && seen.add(`${t.prefix}${t.token}`));
}
