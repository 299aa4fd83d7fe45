/**
 * Object URLs of the thumbnails of the rows on screen, read by id in one bulkGet per scroll step and
 * kept for the page's life (revoked on unmount). Rows without a thumbnail yet (saved before
 * thumbnails existed) get one made from their stored image once the list has painted.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ensureThumbnails } from '@/utils/library/thumbnails';
import { getThumbnails, type LiseuseDatabase } from '@/utils/store';

const MAKE_AFTER_MS = 400;

/** Returns a lookup of the thumbnail URLs among `ids` (null: the article has none). */
export function useThumbnails(db: LiseuseDatabase, ids: string[]): (id: string) => string | undefined {
  const urls = useRef(new Map<string, string | null>());
  const [, setTick] = useState(0);
  const key = ids.join(',');
  useEffect(() => {
    const cache = urls.current;
    return () => {
      for (const url of cache.values()) if (url) URL.revokeObjectURL(url);
      cache.clear();
    };
  }, []);
  useEffect(() => {
    const wanted = key ? key.split(',').filter((id) => !urls.current.has(id)) : [];
    if (wanted.length === 0) return;
    let live = true;
    const load = async (list: string[]) => {
      const rows = await getThumbnails(db, list);
      if (!live) return;
      rows.forEach((row, i) => {
        if (row) urls.current.set(list[i] as string, row.blob ? URL.createObjectURL(row.blob) : null);
      });
      setTick((n) => n + 1);
    };
    void load(wanted);
    // Missing ones are made after the first paint, then shown.
    const later = setTimeout(() => {
      const missing = wanted.filter((id) => !urls.current.has(id));
      if (missing.length)
        void ensureThumbnails(db, missing).then(
          (made) => {
            if (made && live) void load(missing);
          },
          () => undefined,
        );
    }, MAKE_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(later);
    };
  }, [db, key]);
  return (id) => urls.current.get(id) ?? undefined;
}
