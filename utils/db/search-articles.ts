/**
 * Full-text search over title, text, tags and notes: every term must match (the last as a prefix
 * while typing); ranked title > tags > text, then term frequency, then newest. The snapshot's
 * inverted index answers for most articles; rows written since are matched one by one.
 */

import { TAG_MARK, TITLE_MARK } from '@/utils/search/index-terms';
import { rowFrequency, snapshotFrequencies } from '@/utils/search/match-terms';
import { parseQuery, type QueryTerm } from '@/utils/search/parse-query';
import { scoreCandidate, type TermEvidence } from '@/utils/search/rank';
import type { SearchSnapshot } from '@/utils/search/snapshot';
import type { LiseuseDatabase } from './database';
import { filterSets, keepIn, listArticleIds } from './list';
import { COMPACT_AT, compactSearchIndex, loadSearchState } from './search-index';
import type { ArticleFilters, SearchHit, SearchRow } from './types';

type Evidence = Map<string, TermEvidence[]>;

function fromSnapshot(s: SearchSnapshot, terms: QueryTerm[], stale: Set<string>, out: Evidence): void {
  const text = terms.map((t) => snapshotFrequencies(s, t));
  const titles = terms.map((t) => snapshotFrequencies(s, t, TITLE_MARK));
  const tags = terms.map((t) => snapshotFrequencies(s, t, TAG_MARK));
  for (let doc = 0; doc < s.docs.length; doc++) {
    if (!text.every((tf) => (tf[doc] as number) > 0)) continue;
    const id = s.docs[doc] as string;
    if (stale.has(id)) continue;
    out.set(
      id,
      terms.map((_, i) => ({
        inTitle: (titles[i]?.[doc] ?? 0) > 0,
        inTags: (tags[i]?.[doc] ?? 0) > 0,
        frequency: text[i]?.[doc] ?? 0,
      })),
    );
  }
}

function fromRows(rows: SearchRow[], terms: QueryTerm[], out: Evidence): void {
  for (const row of rows) {
    const evidence = terms.map((t) => ({
      inTitle: rowFrequency(row, t, TITLE_MARK) > 0,
      inTags: rowFrequency(row, t, TAG_MARK) > 0,
      frequency: rowFrequency(row, t),
    }));
    if (evidence.every((e) => e.frequency > 0)) out.set(row.id, evidence);
  }
}

/** Ranked ids of articles matching every term of `text` and every filter. Empty query → newest first. */
export async function searchArticles(
  db: LiseuseDatabase,
  text: string,
  filters: ArticleFilters = {},
): Promise<SearchHit[]> {
  const terms = parseQuery(text);
  if (terms.length === 0) return (await listArticleIds(db, filters)).map((id) => ({ id, score: 0 }));
  const [{ snapshot, delta }, order, sets] = await Promise.all([
    loadSearchState(db),
    listArticleIds(db),
    filterSets(db, filters),
  ]);
  const evidence: Evidence = new Map();
  fromSnapshot(snapshot, terms, new Set(delta.map((r) => r.id)), evidence);
  fromRows(delta, terms, evidence);
  if (delta.length >= COMPACT_AT) void compactSearchIndex(db).catch(() => undefined);
  const recency = new Map(order.map((id, i) => [id, i]));
  const hits = keepIn(
    order.filter((id) => evidence.has(id)),
    sets,
  ).map((id) => ({ id, score: scoreCandidate(evidence.get(id) ?? []) }));
  return hits.sort((a, b) => b.score - a.score || (recency.get(a.id) ?? 0) - (recency.get(b.id) ?? 0));
}
