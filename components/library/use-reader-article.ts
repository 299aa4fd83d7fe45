/**
 * Loads a saved article for the reader: its row, and object URLs for its stored image blobs
 * (revoked when the reader closes). Sanitising happens here, before the HTML reaches the DOM.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReaderSanitizer } from '@/utils/library/reader/reader-html';
import { type Article, getArticle, getImages, type LiseuseDatabase } from '@/utils/store';
import { articleContentProblem, articleSummaryProblem } from '@/utils/store/validate-rows';

/** Reader data: `undefined` while loading, `null` when the article no longer exists, `damaged` when its row is malformed. */
export interface ReaderArticle {
  article: Article;
  /** The sanitised article as nodes (DOMPurify's DOM output), never as markup to parse again. */
  content: DocumentFragment;
}

/** Loads article `id`; reloads when `version` changes (after a write). */
export function useReaderArticle(
  db: LiseuseDatabase,
  id: string,
  sanitize: ReaderSanitizer,
  version: number,
): ReaderArticle | 'damaged' | null | undefined {
  const [state, setState] = useState<ReaderArticle | 'damaged' | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const urls: string[] = [];
    void (async () => {
      const [article, images] = await Promise.all([getArticle(db, id), getImages(db, id)]);
      if (!current) return;
      if (!article) return setState(null);
      // A damaged row (stored before imports were checked) is refused here rather than breaking the view.
      if (articleSummaryProblem(article) || articleContentProblem({ ...article, id }))
        return setState('damaged');
      const local = new Map<string, string>();
      for (const [url, row] of images) {
        if (row.status !== 'stored' || !row.blob) continue;
        const objectUrl = URL.createObjectURL(row.blob);
        urls.push(objectUrl);
        local.set(url, objectUrl);
      }
      setState({ article, content: sanitize(article.html, local) });
    })();
    return () => {
      current = false;
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [db, id, sanitize, version]);
  return state;
}
