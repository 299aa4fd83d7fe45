/**
 * Full-text search over title, text, tags and notes, from the `words` multiEntry index: one index
 * range per term (startsWith for the prefix term), intersected smallest first; only then are at most
 * RANK_LIMIT candidate rows read to weigh term frequency.
 */

import { TAG_MARK, TITLE_MARK } from '@/utils/search/index-terms';
import { parseQuery, type QueryTerm } from '@/utils/search/parse-query';
import { scoreCandidate } from '@/utils/search/rank';
import { termFrequency } from '@/utils/search/term-frequency';
import type { LiseuseDatabase } from './database';
import { filterSets, listArticleIds } from './list';
import type { ArticleFilters, SearchHit, SearchRow } from './types';

/** Candidates whose rows are read for term frequency; beyond it, title/tag tiers and recency decide. */
export const RANK_LIMIT = 300;

async function idsFor(db: LiseuseDatabase, mark: string, term: QueryTerm): Promise<Set<string>> {
  const key = mark + term.token;
  const where = db.search.where('words');
  const keys = await (term.prefix ? where.startsWith(key) : where.equals(key)).primaryKeys();
  return new Set(keys);
}

function intersect(sets: Set<string>[]): Set<string> {
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  if (!first) return new Set();
  return new Set([...first].filter((id) => rest.every((s) => s.has(id))));
}

async function newestFirst(db: LiseuseDatabase, ids: Set<string>): Promise<string[]> {
  const order = await listArticleIds(db);
  return order.filter((id) => ids.has(id));
}

/** Ranked ids of articles matching every term of `text` and every filter. Empty query → newest first. */
export async function searchArticles(
  db: LiseuseDatabase,
  text: string,
  filters: ArticleFilters = {},
): Promise<SearchHit[]> {
  const terms = parseQuery(text);
  if (terms.length === 0) return (await listArticleIds(db, filters)).map((id) => ({ id, score: 0 }));
  const [termSets, sets] = await Promise.all([
    Promise.all(terms.map((t) => idsFor(db, '', t))),
    filterSets(db, filters),
  ]);
  const candidates = intersect([...termSets, ...sets]);
  if (candidates.size === 0) return [];
  const [titles, tags, byDate] = await Promise.all([
    Promise.all(terms.map((t) => idsFor(db, TITLE_MARK, t))),
    Promise.all(terms.map((t) => idsFor(db, TAG_MARK, t))),
    newestFirst(db, candidates),
  ]);
  const tier = new Map(byDate.map((id) => [id, scoreWith(terms, titles, tags, id, undefined)]));
  const recency = new Map(byDate.map((id, i) => [id, i]));
  const byScore = (a: SearchHit, b: SearchHit) =>
    b.score - a.score || (recency.get(a.id) ?? 0) - (recency.get(b.id) ?? 0);
  const ordered = byDate.map((id) => ({ id, score: tier.get(id) ?? 0 })).sort(byScore);
  const head = ordered.slice(0, RANK_LIMIT);
  const rows = await db.search.bulkGet(head.map((h) => h.id));
  const scored = head.map(({ id }, j) => ({ id, score: scoreWith(terms, titles, tags, id, rows[j]) }));
  return [...scored.sort(byScore), ...ordered.slice(RANK_LIMIT)];
}

function scoreWith(
  terms: QueryTerm[],
  titles: Set<string>[],
  tags: Set<string>[],
  id: string,
  row: SearchRow | undefined,
): number {
  return scoreCandidate(
    terms.map((t, i) => ({
      inTitle: !!titles[i]?.has(id),
      inTags: !!tags[i]?.has(id),
      frequency: row ? termFrequency(row, t) : 0,
    })),
  );
}
