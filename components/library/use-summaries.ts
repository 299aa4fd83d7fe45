/**
 * Summaries of the rows on screen, read by id in one bulkGet per scroll step and cached, so the
 * list never reads the 10,000 rows at once. `version` clears the cache after a write.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type ArticleSummary, getSummaries, type LiseuseDatabase } from '@/utils/store';

/** Returns a lookup of the loaded summaries among `ids` (others load in the background). */
export function useSummaries(
  db: LiseuseDatabase,
  ids: string[],
  version: number,
): (id: string) => ArticleSummary | undefined {
  const cache = useRef(new Map<string, ArticleSummary>());
  const seenVersion = useRef(version);
  const [, setTick] = useState(0);
  if (seenVersion.current !== version) {
    seenVersion.current = version;
    cache.current = new Map();
  }
  const key = ids.join(',');
  useEffect(() => {
    const missing = key ? key.split(',').filter((id) => !cache.current.has(id)) : [];
    if (missing.length === 0) return;
    let current = true;
    const target = cache.current;
    void getSummaries(db, missing).then((rows) => {
      for (const row of rows) if (row) target.set(row.id, row);
      if (current) setTick((n) => n + 1);
    });
    return () => {
      current = false;
    };
  }, [db, key, version]);
  return (id) => cache.current.get(id);
}
