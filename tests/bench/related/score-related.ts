/** The related-stories measures against a reader's gold. */
import { type RelatedGoldPage, storyKey } from './gold';

/** What one side of the benchmark listed for a page. */
export interface Listed {
  title: string;
  url: string;
}

/** Figures over a set of pages. */
export interface RelatedScore {
  pages: number;
  listed: number;
  good: number;
  relatedFound6: number;
  relatedExpected6: number;
  mostlyJunk: number;
  emptyWithRelated: number;
  uncleanTitles: number;
}

// Dates, times, "3 hours ago", rank numbers and labels glued to a headline, and in-text phrases
// (a title that starts in lower case is a piece of a sentence, not a headline).
const UNCLEAN = [
  /\b(19|20)\d{2}\s*$/,
  /\b\d{1,2}:\d{2}\s*(am|pm)?\s*$/i,
  /\b\d+\s+(seconds?|minutes?|hours?|days?|weeks?|months?)\s+ago\s*$/i,
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*$/i,
  /^\d{1,2}\s+\p{Lu}/u,
  /^(read more|read next|related|video|gallery|watch|updated)\b/i,
  /^\p{Ll}/u,
];

/** Whether a listed title carries a glued date, rank or label, or is an in-text phrase. */
export function isUnclean(title: string): boolean {
  return UNCLEAN.some((pattern) => pattern.test(title.trim()));
}

/** Scores the lists of a set of pages (missing pages count as empty lists). */
export function scoreRelated(gold: RelatedGoldPage[], lists: Map<string, Listed[]>): RelatedScore {
  const s: RelatedScore = {
    pages: gold.length,
    listed: 0,
    good: 0,
    relatedFound6: 0,
    relatedExpected6: 0,
    mostlyJunk: 0,
    emptyWithRelated: 0,
    uncleanTitles: 0,
  };
  for (const page of gold) {
    const related = new Set(page.related.map(storyKey));
    const fair = new Set(page.fair.map(storyKey));
    const list = lists.get(page.id) ?? [];
    const unclean = list.map((item) => isUnclean(item.title));
    const good = list.filter(
      (item, i) => !unclean[i] && (related.has(storyKey(item.url)) || fair.has(storyKey(item.url))),
    );
    const found6 = new Set(
      list
        .slice(0, 6)
        .map((item) => storyKey(item.url))
        .filter((key) => related.has(key)),
    );
    s.listed += list.length;
    s.good += good.length;
    s.uncleanTitles += unclean.filter(Boolean).length;
    s.relatedFound6 += found6.size;
    s.relatedExpected6 += Math.min(6, related.size);
    if (list.length > 0 && list.length - good.length > list.length / 2) s.mostlyJunk += 1;
    if (list.length === 0 && related.size > 0) s.emptyWithRelated += 1;
  }
  return s;
}
