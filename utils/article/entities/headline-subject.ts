import { leadSentence } from './lead-sentence';
import { nameKey } from './normalize';
import type { Token } from './tokenize';

// "Valtéris : le chiffre d'affaires recule", "Ofwat: bills to rise": one word, then the headline's colon.
const SUBJECT = /^\s*([\p{Lu}][\p{L}\p{N}’'-]*)\s*:/u;

/**
 * Key of the one word a headline opens with before its colon ("Valtéris : …"), when the article's first sentence
 * writes it again with a capital inside the sentence: a wire brief's subject, named once in the body, not a
 * kicker ("Letters:", "Exclusive:"), which the lead does not repeat as a name.
 */
export function headlineSubject(title: string | undefined, tokens: readonly Token[]): string[] {
  const word = title ? SUBJECT.exec(title)?.[1] : undefined;
  if (!word) return [];
  const lead = leadSentence(tokens);
  // A word of a longer name ("East Bay Times Letters to the Editor") is that name's.
  const alone = (i: number): boolean => ![tokens[i - 1], tokens[i + 1]].some((t) => t?.isWord && t.capital);
  const named = tokens.some(
    (t, i) => t.sentence === lead && t.text === word && !t.initial && !t.headline && alone(i),
  );
  return named ? [nameKey(word)] : [];
}
