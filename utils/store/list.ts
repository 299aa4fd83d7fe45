/**
 * Listing in an order with filters, from indexes only: the savedAt or wordCount index gives the
 * order, each filter's index gives a set of ids, and rows are read only for what is on screen.
 */
import Dexie from 'dexie';
import { fold } from '@/utils/shared/fold';
import type { LiseuseDatabase } from './database';
import type { ArticleFilters, ArticleQuery, ArticleSort, ArticleSummary } from './types';

type IdSet = Set<string>;

const keys = async (promise: Promise<unknown[]>): Promise<IdSet> => new Set((await promise) as string[]);

/** The id sets of the given filters (an empty list when there is no filter). */
export function filterSets(db: LiseuseDatabase, filters: ArticleFilters): Promise<IdSet[]> {
  const a = db.articles;
  const sets: Promise<IdSet>[] = [];
  if (filters.status) sets.push(keys(a.where('status').equals(filters.status).primaryKeys()));
  if (filters.favorite !== undefined)
    sets.push(keys(a.where('favorite').equals(Number(filters.favorite)).primaryKeys()));
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

const orderCache = new WeakMap<LiseuseDatabase, Map<ArticleSort, { stamp: string; ids: string[] }>>();

/** Ids by length, links without content (no words) last in both directions. */
async function byLength(db: LiseuseDatabase, longest: boolean): Promise<string[]> {
  const [counted, empty] = await Promise.all([
    db.articles.where('wordCount').above(0).primaryKeys() as Promise<string[]>,
    db.articles.where('wordCount').belowOrEqual(0).primaryKeys() as Promise<string[]>,
  ]);
  return [...(longest ? counted.reverse() : counted), ...empty];
}

async function readOrder(db: LiseuseDatabase, sort: ArticleSort): Promise<string[]> {
  if (sort === 'longest' || sort === 'shortest') return byLength(db, sort === 'longest');
  // Forward, reversed here for newest: getAllKeys has no direction, and a reverse cursor walks key by key.
  const ids = (await db.articles.orderBy('savedAt').primaryKeys()) as string[];
  return sort === 'newest' ? ids.reverse() : ids;
}

/**
 * Every article id in `sort` order. Reading 10,000 keys costs tens of milliseconds, so each order is
 * kept while nothing was added, rewritten, restored or deleted: every such write changes the newest
 * search-row sequence or the article count, both cheap to read.
 */
async function orderedIds(db: LiseuseDatabase, sort: ArticleSort): Promise<string[]> {
  const [last, count] = await Promise.all([db.search.orderBy('seq').last(), db.articles.count()]);
  const stamp = `${last?.seq ?? 0}:${count}`;
  const cache = orderCache.get(db) ?? new Map();
  orderCache.set(db, cache);
  const cached = cache.get(sort);
  if (cached?.stamp === stamp) return cached.ids;
  const ids = await readOrder(db, sort);
  cache.set(sort, { stamp, ids });
  return ids;
}

/** Ids of the articles matching `filters`, in `sort` order (newest first). Cheap at 10,000 articles. */
export async function listArticleIds(
  db: LiseuseDatabase,
  filters: ArticleFilters = {},
  sort: ArticleSort = 'newest',
): Promise<string[]> {
  const [order, sets] = await Promise.all([
    db.transaction('r', [db.articles, db.search], () => orderedIds(db, sort)),
    filterSets(db, filters),
  ]);
  return keepIn(order, sets);
}

/** The newest `limit` article ids, read with a short cursor: the library's first screen. */
export async function newestArticleIds(db: LiseuseDatabase, limit: number): Promise<string[]> {
  return (await db.articles.orderBy('savedAt').reverse().limit(limit).primaryKeys()) as string[];
}

/** A saved-date cursor over the articles of `filters`, when an index gives one directly. */
function savedAtCursor(db: LiseuseDatabase, filters: ArticleFilters) {
  const given = Object.values(filters).filter((v) => v !== undefined).length;
  if (given === 0) return db.articles.orderBy('savedAt');
  if (given > 1) return null;
  if (filters.status)
    return db.articles
      .where('[status+savedAt]')
      .between([filters.status, Dexie.minKey], [filters.status, Dexie.maxKey]);
  if (filters.favorite === undefined) return null;
  const value = Number(filters.favorite);
  return db.articles.where('[favorite+savedAt]').between([value, Dexie.minKey], [value, Dexie.maxKey]);
}

/**
 * The first `limit` ids of a view ordered by saved date, from a short cursor on a compound index
 * (`[status+savedAt]`, `[favorite+savedAt]`): the first screen, before the full list is read.
 * Null when the filters or order have no such index (the full list is then the first answer).
 */
export async function firstScreenIds(
  db: LiseuseDatabase,
  filters: ArticleFilters,
  sort: ArticleSort,
  limit: number,
): Promise<string[] | null> {
  const cursor = sort === 'newest' || sort === 'oldest' ? savedAtCursor(db, filters) : null;
  if (!cursor) return null;
  return (await (sort === 'newest' ? cursor.reverse() : cursor).limit(limit).primaryKeys()) as string[];
}

/** One page of article summaries matching the query, in its order (newest saved first). */
export async function listArticles(db: LiseuseDatabase, query: ArticleQuery = {}): Promise<ArticleSummary[]> {
  const { offset = 0, limit = 50, sort, ...filters } = query;
  const ids = (await listArticleIds(db, filters, sort)).slice(offset, offset + limit);
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
