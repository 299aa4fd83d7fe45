import { ORGANIZATIONS, PLACES } from './gazetteer';
import type { Mention } from './mention';
import { nameKey } from './normalize';
import type { Token } from './tokenize';

/**
 * Mentions inside headline lines, where case says nothing: only names already found in the running text, or
 * well-known places and organisations, longest first ("LEICESTERSHIRE" counts for "Leicestershire").
 */
export function headlineMentions(tokens: Token[], text: string, known: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!t.headline || !t.isWord) {
      i++;
      continue;
    }
    const n = longestKnown(tokens, i, known);
    if (n === 0) {
      i++;
      continue;
    }
    const last = tokens[i + n - 1] as Token;
    const before = [tokens[i - 1], tokens[i - 2]].map((b) => b?.folded ?? '');
    const after = [tokens[i + n], tokens[i + n + 1]].map((b) => b?.folded ?? '');
    const surface = text.slice(t.start, last.start + last.text.length);
    out.push({
      surface,
      offset: t.start,
      from: i,
      to: i + n,
      sentence: t.sentence,
      initial: t.initial,
      headline: true,
      personCue: false,
      elided: false,
      before,
      after,
    });
    i += n;
  }
  return out;
}

function longestKnown(tokens: Token[], at: number, known: ReadonlySet<string>): number {
  for (let n = 4; n >= 1; n--) {
    const span = tokens.slice(at, at + n);
    if (span.length < n || span.some((t) => !t.isWord || !t.headline || t.line !== tokens[at]?.line))
      continue;
    const key = nameKey(span.map((t) => t.text).join(' '));
    if (known.has(key) || (key.length > 2 && (PLACES.has(key) || ORGANIZATIONS.has(key)))) return n;
  }
  return 0;
}
