/**
 * Listing newest first with filters, from indexes only: the savedAt index gives the order, each
 * filter's index gives a set of ids, and rows are read only for what is on screen.
 */
import { fold } from '@/utils/shared/fold';
import type { LiseuseDatabase } from './database';
import type { ArticleFilters, ArticleQuery, ArticleSummary } from './types';

type IdSet = Set<string>;

const keys = async (promise: Promise<unknown[]>): Promise<IdSet> => new Set((await promise) as string[]);

/** The id sets of the given filters (an empty list when there is no filter). */
export function filterSets(db: LiseuseDatabase, filters: ArticleFilters): Promise<IdSet[]> {
  const a = db.articles;
  const sets: Promise<IdSet>[] = [];
  if (filters.status) sets.push(keys(a.where('status').equals(filters.status).primaryKeys()));
  if (filters.favorite !== undefined)
    sets.push(
      keys(
        a
          .where('favorite')
          .equals(filters.favorite ? 1 : 0)
          .primaryKeys(),
      ),
    );
  if (filters.tag) sets.push(keys(a.where('tags').equals(filters.tag).primaryKeys()));
  if (filters.site) sets.push(keys(a.where('site').equals(filters.site).primaryKeys()));
  if (filters.entity)
    sets.push(keys(a.where('entityKeys').equals(fold(filters.entity.trim())).primaryKeys()));
  return Promise.all(sets);
}

/** Keeps the ids (in order) present in every set. */
export function keepIn(ids: string[], sets: IdSet[]): string[] {
  return sets.length === 0 ? ids.slice() : ids.filter((id) => sets.every((set) => set.has(id)));
}

const orderCache = new WeakMap<LiseuseDatabase, { stamp: string; ids: string[] }>();

/**
 * Every article id, newest saved first. Reading 10,000 keys costs tens of milliseconds, so the list
 * is kept while nothing was added, rewritten, restored or deleted: every such write changes the
 * newest search-row sequence or the article count, both cheap to read.
 */
async function newestFirstIds(db: LiseuseDatabase): Promise<string[]> {
  const [last, count] = await Promise.all([db.search.orderBy('seq').last(), db.articles.count()]);
  const stamp = `${last?.seq ?? 0}:${count}`;
  const cached = orderCache.get(db);
  if (cached?.stamp === stamp) return cached.ids;
  // Forward, then reversed here: getAllKeys has no direction, and a reverse cursor walks key by key.
  const ids = ((await db.articles.orderBy('savedAt').primaryKeys()) as string[]).reverse();
  orderCache.set(db, { stamp, ids });
  return ids;
}

/** Ids of the articles matching `filters`, newest saved first. Cheap at 10,000 articles. */
export async function listArticleIds(db: LiseuseDatabase, filters: ArticleFilters = {}): Promise<string[]> {
  const [order, sets] = await Promise.all([
    db.transaction('r', [db.articles, db.search], () => newestFirstIds(db)),
    filterSets(db, filters),
  ]);
  return keepIn(order, sets);
}

/** The newest `limit` article ids, read with a short cursor: the library's first screen. */
export async function newestArticleIds(db: LiseuseDatabase, limit: number): Promise<string[]> {
  return (await db.articles.orderBy('savedAt').reverse().limit(limit).primaryKeys()) as string[];
}

/** One page of article summaries matching the query, newest saved first. */
export async function listArticles(db: LiseuseDatabase, query: ArticleQuery = {}): Promise<ArticleSummary[]> {
  const { offset = 0, limit = 50, ...filters } = query;
  const ids = (await listArticleIds(db, filters)).slice(offset, offset + limit);
  const rows = await db.articles.bulkGet(ids);
  return rows.filter((row): row is ArticleSummary => row !== undefined);
}

/** Every tag in use, sorted, for the tag filter. */
export async function listTags(db: LiseuseDatabase): Promise<string[]> {
  return (await db.articles.orderBy('tags').uniqueKeys()) as string[];
}

/** Every site in the library, sorted, for the site filter. */
export async function listSites(db: LiseuseDatabase): Promise<string[]> {
  return (await db.articles.orderBy('site').uniqueKeys()) as string[];
}

/** Number of saved articles. */
export function countArticles(db: LiseuseDatabase): Promise<number> {
  return db.articles.count();
}
