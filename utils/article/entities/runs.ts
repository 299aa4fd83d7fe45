import { withModelNumbers } from './model-numbers';
import { nameKey } from './normalize';
import { isNameToken, spanEnd } from './span';
import type { Token } from './tokenize';

/** Each run of name tokens, as [from, to). */
export function spans(tokens: Token[], lang = ''): Array<[number, number]> {
  const quotesEnglish = lang === 'fr';
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i])) {
      i++;
      continue;
    }
    const end = spanEnd(tokens, i, quotesEnglish);
    out.push([i, end]);
    i = end;
  }
  return withModelNumbers(tokens, out);
}

/** Keys of the multi-word names that start inside a sentence. */
export function midSentenceNames(tokens: Token[], all: Array<[number, number]>): Set<string> {
  const keys = new Set<string>();
  for (const [a, b] of all) if (b - a > 1 && !tokens[a]?.initial) keys.add(spanKey(tokens, a, b));
  return keys;
}

/** Matching key of the words tokens[a..b). */
export const spanKey = (tokens: Token[], a: number, b: number): string =>
  nameKey(
    tokens
      .slice(a, b)
      .map((t) => t.text)
      .join(' '),
  );
