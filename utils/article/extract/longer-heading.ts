/**
 * The <h1> when the metadata's title is its first clauses: a social title keeps the headline's first clause
 * ("Politics latest: Minister faces MPs") where the page prints all of it ("…; Lib Dems force vote on bonuses"),
 * sometimes under a section's label ("Volley, Champions League: Monza wins" for the heading « Champions League,
 * Monza wins: … »). The reader sees the heading, so the popup shows it.
 */
import { foldWords } from '@/utils/shared/fold';

// Where a headline's clauses meet: the title stops at one of them.
const CLAUSE_BREAK = /\s*[;:,–—]\s+|\s+-\s+/gu;
// The heading goes on for this many words at least: a word or two is a site's name or a date.
const MIN_MORE_WORDS = 3;
// A title this short is a label or a name, not a headline's clause.
const MIN_TITLE_WORDS = 3;
// A section's label before the title's first break: a word or three ("Volley", "Politics latest").
const LABEL = /^([^;:,–—|]+?)(?:\s*[:,–—|]\s+)/u;
const MAX_LABEL_WORDS = 3;

const wordCount = (text: string): number => foldWords(text).split(' ').filter(Boolean).length;

/** The title's forms a heading may open with: itself, and itself without a short label before its first break. */
function openings(title: string): Set<string> {
  const forms = new Set([foldWords(title)]);
  const label = LABEL.exec(title);
  if (label && wordCount(label[1] ?? '') <= MAX_LABEL_WORDS)
    forms.add(foldWords(title.slice(label[0].length)));
  return forms;
}

/** The heading among `headings` that opens with `title`'s clauses and goes on after a break, or null. */
export function longerHeading(title: string, headings: readonly string[]): string | null {
  if (wordCount(title) < MIN_TITLE_WORDS) return null;
  const forms = openings(title);
  for (const heading of headings) {
    for (const m of heading.matchAll(CLAUSE_BREAK)) {
      if (!forms.has(foldWords(heading.slice(0, m.index)))) continue;
      if (wordCount(heading.slice(m.index)) >= MIN_MORE_WORDS) return heading;
    }
  }
  return null;
}
