/**
 * Full-text search over title, text, tags and notes: every term must match (the last as a prefix
 * while typing); ranked title > tags > text, then term frequency, then newest. The snapshot's
 * inverted index answers for most articles; rows written since are matched one by one.
 */

import { TAG_MARK, TITLE_MARK } from '@/utils/store/search/index-terms';
import type { SearchSnapshot } from '@/utils/store/search/inverted-index';
import { rowFrequency, snapshotFrequencies } from '@/utils/store/search/match-terms';
import { parseQuery, type QueryTerm } from '@/utils/store/search/parse-query';
import { scoreTerm } from '@/utils/store/search/rank';
import type { LiseuseDatabase } from './database';
import { filterSets, keepIn, listArticleIds } from './list';
import { loadSearchState, scheduleCompaction } from './search-index';
import type { ArticleFilters, ArticleSort, SearchHit, SearchRow } from './types';

/** Article id → score, for the articles matching every term. */
type Scores = Map<string, number>;

/** Scores snapshot docs in typed arrays: no per-candidate objects, even for thousands of matches. */
function fromSnapshot(
  s: SearchSnapshot,
  terms: QueryTerm[],
  stale: { has(id: string): boolean },
  out: Scores,
): void {
  const score = new Float64Array(s.docs.length);
  const matched = new Uint8Array(s.docs.length);
  for (const term of terms) {
    const text = snapshotFrequencies(s, term);
    const titles = snapshotFrequencies(s, term, TITLE_MARK);
    const tags = snapshotFrequencies(s, term, TAG_MARK);
    for (let doc = 0; doc < s.docs.length; doc++) {
      const tf = text[doc] as number;
      if (tf === 0) continue;
      matched[doc] = (matched[doc] as number) + 1;
      score[doc] = (score[doc] as number) + scoreTerm(titles[doc] !== 0, tags[doc] !== 0, tf);
    }
  }
  for (let doc = 0; doc < s.docs.length; doc++) {
    const id = s.docs[doc] as string;
    if (matched[doc] === terms.length && !stale.has(id)) out.set(id, score[doc] as number);
  }
}

function fromRows(rows: Iterable<SearchRow>, terms: QueryTerm[], out: Scores): void {
  for (const row of rows) {
    let total = 0;
    let all = true;
    for (const t of terms) {
      const tf = rowFrequency(row, t);
      if (tf === 0) {
        all = false;
        break;
      }
      total += scoreTerm(rowFrequency(row, t, TITLE_MARK) > 0, rowFrequency(row, t, TAG_MARK) > 0, tf);
    }
    if (all) out.set(row.id, total);
  }
}

/**
 * Ids of articles matching every term of `text` and every filter: best match first, or in `sort`
 * order when one is given. An empty query lists in `sort` order (newest first).
 */
export async function searchArticles(
  db: LiseuseDatabase,
  text: string,
  filters: ArticleFilters = {},
  sort?: ArticleSort,
): Promise<SearchHit[]> {
  const terms = parseQuery(text);
  if (terms.length === 0) return (await listArticleIds(db, filters, sort)).map((id) => ({ id, score: 0 }));
  const [{ snapshot, delta }, order, sets] = await Promise.all([
    loadSearchState(db),
    listArticleIds(db, {}, sort),
    filterSets(db, filters),
  ]);
  const scores: Scores = new Map();
  fromSnapshot(snapshot, terms, delta, scores);
  fromRows(delta.values(), terms, scores);
  scheduleCompaction(db, delta.size);
  // `order` is newest first and the sort is stable, so equal scores stay newest first.
  const hits = keepIn(
    order.filter((id) => scores.has(id)),
    sets,
  ).map((id) => ({ id, score: scores.get(id) ?? 0 }));
  return sort ? hits : hits.sort((a, b) => b.score - a.score);
}
