// A work's title quoted in the headline (« Les Heures blanches ») is written in italics in the body, which plain
// text loses: its lower-case words would end the name early (« Les Heures »). The headline's quotation marks say
// where it ends.
import { nameKey } from './normalize';
import type { Token } from './tokenize';

const QUOTED = /«\s*([^«»]+?)\s*»/gu;
const MAX_WORDS = 6;

/** Words of each quotation in `title` shaped like a work's name: a capital first, words only, a few of them. */
export function quotedWorks(title: string | undefined): string[][] {
  const works: string[][] = [];
  for (const [, inner = ''] of title?.matchAll(QUOTED) ?? []) {
    const words = inner.split(/\s+/);
    if (words.length < 2 || words.length > MAX_WORDS) continue;
    if (!/^\p{Lu}/u.test(inner) || !words.every((w) => /^[\p{L}\p{N}’'-]+$/u.test(w))) continue;
    // A name in capitals throughout is read whole already; a title has a lower-case word to lose.
    if (words.every((w) => /^\p{Lu}/u.test(w))) continue;
    works.push(words);
  }
  return works;
}

/**
 * Keys of the single capitalised words `title` quotes whole (« « Marées », de Léa Tissier »): a work named by a
 * common word, which the text writes in lower case too (« les marées »).
 */
export function quotedTitleWords(title: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const [, inner = ''] of title?.matchAll(QUOTED) ?? [])
    if (/^\p{Lu}[\p{L}’'-]+$/u.test(inner)) out.add(nameKey(inner));
  return out;
}

/** tokens[i..] spell `words` (apostrophes and hyphens as the tokenizer splits them: compared on the text). */
function spells(tokens: readonly Token[], i: number, words: readonly string[], text: string): number {
  const first = tokens[i];
  if (!first) return 0;
  const phrase = words.join(' ');
  const at = first.start;
  if (text.slice(at, at + phrase.length) !== phrase) return 0;
  const end = at + phrase.length;
  const after = text[end];
  if (after !== undefined && /[\p{L}\p{N}]/u.test(after)) return 0;
  let j = i;
  while (j < tokens.length && (tokens[j] as Token).start < end) j++;
  return j - i;
}

/**
 * Joins the runs covering each body occurrence of a work quoted in the headline into one run, where the body
 * writes it without quotation marks (a quoted sentence is said again in quotes; a title is set in italics).
 */
export function joinQuotedWorks(
  tokens: readonly Token[],
  text: string,
  runs: Array<[number, number]>,
  title: string | undefined,
): Array<[number, number]> {
  const works = quotedWorks(title);
  if (works.length === 0) return runs;
  let out = runs;
  for (const words of works) {
    for (let i = 0; i < tokens.length; i++) {
      const n = spells(tokens, i, words, text);
      if (n === 0 || tokens[i - 1]?.text === '«' || tokens[i - 1]?.text === '"') continue;
      const from = i;
      const to = i + n;
      if (!out.some(([a, b]) => a === from && b < to)) continue;
      out = [...out.filter(([a, b]) => b <= from || a >= to), [from, to] as [number, number]];
      i = to - 1;
    }
  }
  return out === runs ? runs : out.sort(([a], [b]) => a - b);
}

const TITLE_ARTICLES = new Set(['Le', 'La', 'Les']);

/**
 * « «Les Mangeurs de brume», de Lise Vandamme »: a French title the headline quotes with its article, which the
 * body drops (« des Mangeurs de brume ») or sets in italics without, is shown as quoted. Adds to `titleNames`
 * (the title's forms of names, by key: see `groupMentions`) the quoted title, under the key of the words after its
 * article when the text names them; returns `titleNames`.
 */
export function withArticledTitles(
  titleNames: Map<string, string>,
  title: string | undefined,
  lang: string,
  textKeys: ReadonlySet<string>,
): Map<string, string> {
  if (lang !== 'fr' || !title?.includes('«')) return titleNames;
  for (const words of quotedWorks(title)) {
    if (!TITLE_ARTICLES.has(words[0] ?? '') || words.length < 2) continue;
    const bare = nameKey(words.slice(1).join(' '));
    if (textKeys.has(bare) && !titleNames.has(bare)) titleNames.set(bare, words.join(' '));
  }
  return titleNames;
}
