import { STOPWORDS } from './lexicon';
import { foldWord } from './normalize';

const WORD_RE = /[\p{L}\p{N}]+(?:[-’'.][\p{L}\p{N}]+)*/gu;

/** How often each word appears in lower case: evidence that its capitalised form is an ordinary word. */
export function lowercaseCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(WORD_RE)) {
    const w = m[0];
    if (!/^\p{Ll}[\p{Ll}’'-]*$/u.test(w)) continue;
    const key = foldWord(w);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Lines written in capitals ("CRICKET - LEICESTERSHIRE TAKE OVER") or in Title Case ("Hackers Exploit Cloud
 * Flaw"), where capital letters do not mark names. Title Case is recognised by capitalised common words.
 */
export function headlineLines(text: string, lower: ReadonlyMap<string, number>): Set<number> {
  const lines = text.split('\n');
  const out = new Set<number>();
  lines.forEach((line, i) => {
    const words = line.match(WORD_RE)?.filter((w) => /\p{L}/u.test(w)) ?? [];
    if (words.length < 2) return;
    const caps = words.filter((w) => w.length > 1 && /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w));
    if (caps.length >= 2 && caps.length >= 0.6 * words.length) {
      out.add(i);
      return;
    }
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
    const common = capitalised.slice(1).filter((w) => isCommon(w, lower));
    if (words.length >= 3 && capitalised.length >= 0.6 * words.length && common.length >= 2) out.add(i);
  });
  return out;
}

function isCommon(word: string, lower: ReadonlyMap<string, number>): boolean {
  const key = foldWord(word);
  return STOPWORDS.has(key) || (lower.get(key) ?? 0) > 0;
}

/**
 * Lines of a results table or list ("Partizan 4 3 1 0 10 2 10", "Sara Thorsett ( U.S.) 4:11.06"): numbers and
 * names without an ordinary lower-case word. The first name of such a line does not open a sentence.
 */
export function tableLines(text: string): Set<number> {
  const out = new Set<number>();
  text.split('\n').forEach((line, i) => {
    if (/\d/.test(line) && !/(?:^|[^\p{L}])\p{Ll}{2,}/u.test(line) && /\p{Lu}\p{Ll}/u.test(line)) out.add(i);
  });
  return out;
}
