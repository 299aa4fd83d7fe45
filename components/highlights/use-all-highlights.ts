/** Loads every annotation and the titles of their saved articles for the library's all-highlights view. */
import { useEffect, useState } from 'preact/hooks';
import { type Annotation, getSummaries, type LiseuseDatabase, listAllAnnotations } from '@/utils/db';

/** Rows (newest first) and article titles by id; null while loading. */
export function useAllHighlights(db: LiseuseDatabase) {
  const [data, setData] = useState<{ rows: Annotation[]; titles: Map<string, string> } | null>(null);
  useEffect(() => {
    let live = true;
    const load = async () => {
      const rows = await listAllAnnotations(db);
      const ids = [...new Set(rows.map((r) => r.articleId).filter((id): id is string => Boolean(id)))];
      const summaries = await getSummaries(db, ids);
      const titles = new Map(summaries.flatMap((s) => (s ? [[s.id, s.title] as const] : [])));
      if (live) setData({ rows, titles });
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
