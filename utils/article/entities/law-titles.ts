// "the Residential Tenancies (Emergency Measures) Bill 2026", "the Online Safety (Miscellaneous) Act 2025": a
// law's short title brackets a part of its name and may close on its year. It is one name; its pieces
// ("Residential Tenancies", "Emergency Measures", "Bill 2026") are none.
import type { Token } from './tokenize';

type Run = [number, number];

// The word that closes a law's title.
const LAW_WORDS = new Set(['Bill', 'Act', 'Order', 'Regulations']);
const YEAR = /^(?:1[89]|20)\d\d$/;

/** Whether tokens[at] is written right after tokens[at - 1] or one space after it. */
const tight = (tokens: readonly Token[], at: number): boolean => {
  const before = tokens[at - 1];
  const t = tokens[at];
  return (
    !!before && !!t && t.start <= before.start + before.text.length + 1 && t.sentence === before.sentence
  );
};

/** One past the year written right after a law word ending at `end` ("Act 2025"), else `end`. */
function withYear(tokens: readonly Token[], end: number): number {
  const law = tokens[end - 1];
  return law && LAW_WORDS.has(law.text) && YEAR.test(tokens[end]?.text ?? '') && tight(tokens, end)
    ? end + 1
    : end;
}

/** Whether the run `law` opens with a law word (and closes on it or its year). */
function closesLaw(tokens: readonly Token[], [a, b]: Run): boolean {
  if (!LAW_WORDS.has(tokens[a]?.text ?? '')) return false;
  return b - a === 1 || (b - a === 2 && YEAR.test(tokens[a + 1]?.text ?? ''));
}

/**
 * Joins a title, its bracketed part and its law word into one run ("Residential Tenancies (Emergency Measures)
 * Bill 2026"), and a law word's year to a run it closes ("Online Safety Act 2023"). English only.
 */
export function joinLawTitles(tokens: readonly Token[], runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const [a, b] = runs[i] as Run;
    const inner = runs[i + 1];
    const law = runs[i + 2];
    if (
      inner &&
      law &&
      tokens[b]?.text === '(' &&
      inner[0] === b + 1 &&
      tokens[inner[1]]?.text === ')' &&
      law[0] === inner[1] + 1 &&
      tight(tokens, b) &&
      tight(tokens, law[0]) &&
      closesLaw(tokens, law)
    ) {
      out.push([a, withYear(tokens, law[1])]);
      i += 2;
      continue;
    }
    out.push([a, withYear(tokens, b)]);
  }
  return out;
}
