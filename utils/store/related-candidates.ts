/** The bounded set of saved articles worth ranking as related to a page, read from indexes only. */
import type { LiseuseDatabase } from './database';
import type { ArticleSummary, SearchRow } from './types';

/** How many saved articles are considered. */
export interface CandidateLimits {
  /** Articles per shared entity key. */
  perEntity: number;
  /** Newest saved articles always considered (keyword-only matches). */
  newest: number;
}

/** Ids of saved articles sharing one of `entityKeys` (folded), plus the newest saved ones. */
export async function relatedCandidateIds(
  db: LiseuseDatabase,
  entityKeys: string[],
  limits: CandidateLimits,
): Promise<string[]> {
  const [byEntity, newest] = await Promise.all([
    Promise.all(
      entityKeys.map((key) =>
        db.articles.where('entityKeys').equals(key).limit(limits.perEntity).primaryKeys(),
      ),
    ),
    db.articles.orderBy('savedAt').reverse().limit(limits.newest).primaryKeys(),
  ]);
  return [...new Set([...byEntity.flat(), ...newest].map(String))];
}

/** Summaries and search rows of `ids`, in order (undefined where an id is gone). */
export async function summariesWithSearchRows(
  db: LiseuseDatabase,
  ids: string[],
): Promise<Array<{ summary: ArticleSummary; row: SearchRow | undefined }>> {
  const [summaries, rows] = await Promise.all([db.articles.bulkGet(ids), db.search.bulkGet(ids)]);
  return summaries.flatMap((summary, i) => (summary ? [{ summary, row: rows[i] }] : []));
}
