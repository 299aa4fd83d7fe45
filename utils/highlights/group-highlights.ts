/**
 * The all-highlights view's model: annotations grouped by article (most recently annotated first),
 * filtered by an accent- and case-insensitive search over quote, note, tags and title. Pure.
 */
import { collapseSpaces, fold } from '@/utils/shared/fold';
import { noteOf, quoteOf, tagsOf, type WebAnnotation } from './model';
import { fromStoredRow, type StoredAnnotationRow } from './stored-form';

/** One article (or page) and its highlights in reading order. */
export interface HighlightGroup {
  url: string;
  title: string;
  /** The saved copy in the library, when the page was saved. */
  articleId: string | null;
  annotations: WebAnnotation[];
}

function matches(words: string[], a: WebAnnotation, title: string): boolean {
  if (!words.length) return true;
  const hay = fold([quoteOf(a), noteOf(a), tagsOf(a).join(' '), title].join(' '));
  return words.every((w) => hay.includes(w));
}

/** The saved copy of an annotated page. */
export interface SavedArticleRef {
  id: string;
  title: string;
}

/** Groups `rows` by page; `articles` maps page URLs to their saved copies; `query` filters. */
export function groupHighlights(
  rows: StoredAnnotationRow[],
  articles: ReadonlyMap<string, SavedArticleRef>,
  query: string,
): HighlightGroup[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const groups = new Map<string, HighlightGroup & { latest: number }>();
  for (const row of rows) {
    const saved = articles.get(row.url);
    const title = saved?.title || row.url;
    const a = fromStoredRow(row);
    if (!matches(words, a, title)) continue;
    const g = groups.get(row.url) ?? {
      url: row.url,
      title,
      articleId: saved?.id ?? row.articleId ?? null,
      annotations: [],
      latest: 0,
    };
    g.annotations.push(a);
    g.latest = Math.max(g.latest, row.modified);
    groups.set(row.url, g);
  }
  return [...groups.values()]
    .sort((x, y) => y.latest - x.latest)
    .map(({ latest: _latest, ...g }) => ({
      ...g,
      annotations: g.annotations.sort((x, y) => x.created.localeCompare(y.created)),
    }));
}

/** A link that scrolls to the quote on the live page (Text Fragments; ignored where unsupported). */
export function linkToQuote(url: string, quote: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
  const words = collapseSpaces(quote).split(' ');
  if (!words[0]) return url;
  const text =
    words.length <= 8
      ? enc(words.join(' '))
      : `${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}`;
  return `${url.split('#')[0]}#:~:text=${text}`;
}
