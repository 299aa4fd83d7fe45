/** Loads every annotation and the saved article of each annotated page for the all-highlights view. */
import { useEffect, useState } from 'preact/hooks';
import type { SavedArticleRef } from '@/utils/highlights/group-highlights';
import { usableAnnotationRows } from '@/utils/highlights/usable-rows';
import { type Annotation, findArticleByUrl, type LiseuseDatabase, listAllAnnotations } from '@/utils/store';

/** Looks articles up by page URL: highlights made before the page was saved carry no article id. */
async function savedArticles(db: LiseuseDatabase, rows: Annotation[]): Promise<Map<string, SavedArticleRef>> {
  const urls = [...new Set(rows.map((r) => r.url))];
  const found = await Promise.all(urls.map((url) => findArticleByUrl(db, url)));
  return new Map(
    found.flatMap((a, i) => (a && urls[i] ? [[urls[i], { id: a.id, title: a.title }] as const] : [])),
  );
}

/** Rows (newest first) and saved articles by page URL; null while loading. */
export function useAllHighlights(db: LiseuseDatabase) {
  const [data, setData] = useState<{ rows: Annotation[]; articles: Map<string, SavedArticleRef> } | null>(
    null,
  );
  useEffect(() => {
    let live = true;
    const load = async () => {
      const rows = usableAnnotationRows(await listAllAnnotations(db));
      const articles = await savedArticles(db, rows);
      if (live) setData({ rows, articles });
    };
    void load();
    // Highlights made in other tabs appear when the reader comes back to the library.
    addEventListener('focus', load);
    return () => {
      live = false;
      removeEventListener('focus', load);
    };
  }, [db]);
  return data;
}
