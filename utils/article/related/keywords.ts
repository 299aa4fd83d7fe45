import { foldWords } from '@/utils/shared/fold';
import { contentFilter, foldedTokens, stem, tokens } from './text';

interface StemStats {
  count: number;
  first: number;
  forms: Map<string, number>;
}

/**
 * Topic words are read from the first 200,000 characters (some 30,000 words, far more than an article):
 * a 20 MB page would otherwise cost the popup's main thread half a second on every open.
 */
const MAX_TOPIC_CHARS = 200_000;
const topicSample = (text: string): string =>
  text.length > MAX_TOPIC_CHARS ? text.slice(0, MAX_TOPIC_CHARS) : text;

function stemStats(text: string, lang: string): Map<string, StemStats> {
  const keep = contentFilter(lang);
  const stats = new Map<string, StemStats>();
  tokens(topicSample(text)).forEach((token, position) => {
    if (!keep(token)) return;
    const key = stem(token);
    const entry = stats.get(key) ?? { count: 0, first: position, forms: new Map<string, number>() };
    entry.count += 1;
    entry.forms.set(token, (entry.forms.get(token) ?? 0) + 1);
    stats.set(key, entry);
  });
  return stats;
}

function byFrequency(stats: Map<string, StemStats>): Array<[string, StemStats]> {
  return [...stats].sort(([, a], [, b]) => b.count - a.count || a.first - b.first);
}

/**
 * Topic weight of each stem of an article's title and text, in (0, 1]: its count relative to the most frequent
 * stem. `skip` holds stems counted elsewhere (entities), so they do not weigh twice. `foldedText` is the text
 * as `foldWords` gives it, which the caller has already made: the text is not folded a second time.
 */
export function termWeights(
  title: string,
  text: string,
  foldedText: string,
  lang: string,
  skip: ReadonlySet<string> = new Set(),
): Map<string, number> {
  const whole = `${title} ${text}`;
  // The title and the text fold apart as they fold together (the fold reads no character across a space).
  const words =
    whole.length > MAX_TOPIC_CHARS
      ? tokens(topicSample(whole))
      : foldedTokens([foldWords(title), foldedText].filter(Boolean).join(' '));
  const stats = [...stemCounts(words, lang)].filter(([key]) => !skip.has(key));
  const max = stats.reduce((m, [, count]) => Math.max(m, count), 1);
  return new Map(stats.map(([key, count]) => [key, count / max]));
}

/** How often each stem occurs: `stemStats` without the forms and positions weights do not need. */
function stemCounts(words: readonly string[], lang: string): Map<string, number> {
  const keep = contentFilter(lang);
  const counts = new Map<string, number>();
  for (const token of words) {
    if (!keep(token)) continue;
    const key = stem(token);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The `limit` most frequent topic words of a text (folded, most common surface form), to store with an article. */
export function keywordsOf(text: string, lang: string, limit: number): string[] {
  return byFrequency(stemStats(text, lang))
    .slice(0, Math.max(0, limit))
    .map(([key, entry]) => [...entry.forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? key);
}
