import { letterShape } from '@/utils/shared/letter-shape';
import { STOPWORDS } from './lexicon';
import type { Token } from './tokenize';

// A shape (see letter-shape.ts).
const LOWER_WORD = /^l[l’'-]*$/;

/** How often each word appears in lower case: evidence that its capitalised form is an ordinary word. */
export function lowercaseCounts(tokens: Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) {
    // A word with a capital is no lower-case word: most names are passed without the test.
    if (t.isWord && !t.capital && LOWER_WORD.test(letterShape(t.text)))
      counts.set(t.folded, (counts.get(t.folded) ?? 0) + 1);
  }
  return counts;
}

/**
 * Marks, in place, the tokens of lines where capitals say nothing: headlines written in capitals ("CRICKET -
 * LEICESTERSHIRE TAKE OVER") or in Title Case ("Hackers Exploit Cloud Flaw", recognised by capitalised common
 * words, not where every noun is capitalised: `nounCaps`); and the lines of results tables or lists ("Partizan
 * 4 3 1 0 10 2 10"), numbers and names without an ordinary lower-case word, whose first name does not open a
 * sentence.
 */
export function markLines(tokens: Token[], lower: ReadonlyMap<string, number>, nounCaps = false): void {
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i]?.line === tokens[start]?.line) continue;
    if (isProse(tokens, start, i)) {
      start = i;
      continue;
    }
    const line = tokens.slice(start, i);
    if (isHeadline(line, lower, nounCaps)) for (const t of line) t.headline = true;
    else if (isTable(line)) for (const t of line) t.initial = false;
    start = i;
  }
}

const LOWER_WORD_START = /^\p{Ll}{2}/u;

/**
 * More than two words and 40% of them in lower case: neither a headline (60% capitalised) nor a table (two
 * lower-case words at most). Decided without copying the line: most lines are prose.
 */
function isProse(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  let lowerCase = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (!t.isWord) continue;
    words++;
    if (LOWER_WORD_START.test(t.text)) lowerCase++;
  }
  return lowerCase > 2 && lowerCase * 10 > 4 * words;
}

function isHeadline(line: Token[], lower: ReadonlyMap<string, number>, nounCaps: boolean): boolean {
  const words = line.filter((t) => t.isWord && /\p{L}/u.test(t.text));
  if (words.length < 2) return false;
  const caps = words.filter((t) => t.loud);
  if (caps.length >= 2 && caps.length >= 0.6 * words.length) return true;
  // German writes headlines in sentence case, and a paragraph of nouns is full of capitals.
  if (nounCaps) return false;
  const capitalised = words.filter((t) => t.capital && /^\p{Lu}/u.test(t.text));
  const common = capitalised
    .slice(1)
    .filter((t) => STOPWORDS.has(t.folded) || (lower.get(t.folded) ?? 0) > 0);
  return (
    words.length >= 3 && capitalised.length >= 0.6 * words.length && common.length >= 2 && !hasLowerRun(words)
  );
}

// Title Case leaves no four words running in lower case; a line full of names that has some is a paragraph ("…
// son of Mr. Worth Fowler of Route 1, Tabor City is presently at home on leave").
const LOWER_RUN = 4;

function hasLowerRun(words: Token[]): boolean {
  let run = 0;
  for (const t of words) {
    run = /^\p{Ll}/u.test(t.text) ? run + 1 : 0;
    if (run >= LOWER_RUN) return true;
  }
  return false;
}

/** Numbers and names, with at most a word or two of prose ("Pohang 3 Ulsan 2 ( halftime 1-0)"). */
function isTable(line: Token[]): boolean {
  const numbers = line.filter((t) => /\d/.test(t.text)).length;
  const lower = line.filter((t) => t.isWord && /^\p{Ll}{2,}/u.test(t.text)).length;
  const names = line.some((t) => /\p{Lu}\p{Ll}/u.test(t.text));
  return names && ((numbers >= 1 && lower === 0) || (numbers >= 3 && lower <= 2));
}
