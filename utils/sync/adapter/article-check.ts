/**
 * The check a received article record must pass before it is stored: the rows it becomes go through
 * the store's row validators (utils/store/validate-rows: the same rules and limits as messages,
 * imports and restores), and sync adds only what its records promise beyond rows: every field present,
 * the address the library keys the page by (normalised), tags as set members trimmed, no local ids.
 */
import { firstProblem, inField, isObject, type Problem } from '@/utils/shared/validate-fields';
import { articleContentProblem, articleSummaryProblem } from '@/utils/store/validate-rows';
import type { SyncRecord } from '@/utils/sync/merge';
import { articleRows } from './article-record';
import { fieldValue, isPageUrl, isRecordShape } from './checks';
import { ARTICLE_POLICY } from './policies';

const hasLists = (v: unknown) =>
  isObject(v) && Array.isArray(v.entities) && Array.isArray(v.related) && Array.isArray(v.images);

/** What the record promises beyond its rows (checked first: articleRows builds on it). */
function recordProblem(record: SyncRecord): Problem {
  const missing = Object.keys(ARTICLE_POLICY.fields).find((field) => !(field in record.f));
  if (missing) return inField(missing, 'missing');
  if (!isPageUrl(fieldValue(record, 'url'))) return inField('url', 'not a normalised http(s) address');
  if (!hasLists(fieldValue(record, 'content'))) return inField('content', 'malformed');
  if (typeof fieldValue(record, 'favorite') !== 'boolean') return inField('favorite', 'not true or false');
  const tags = Object.keys(record.s.tags ?? {});
  if (tags.some((tag) => tag === '' || tag.trim() !== tag)) return inField('tags', 'untrimmed');
  const related = (fieldValue(record, 'content') as { related: unknown[] }).related;
  if (related.some((story) => isObject(story) && story.articleId !== undefined))
    return inField('related', 'carries a local id');
  return null;
}

/** Why a received article record is refused, or null when it may be stored. */
export function articleRecordProblem(record: unknown): Problem {
  if (!isRecordShape(record, 200) || record.k !== 'article') return 'not an article record';
  const own = recordProblem(record);
  if (own) return own;
  let rows: ReturnType<typeof articleRows>;
  try {
    rows = articleRows(record, 'received');
  } catch {
    return 'malformed'; // e.g. an entity without text: the validators below would say which
  }
  return firstProblem(articleSummaryProblem(rows.summary), articleContentProblem(rows.content));
}

/** True for a well-formed article record whose rows pass the store's validators. */
export function isArticleRecord(record: unknown): record is SyncRecord {
  return articleRecordProblem(record) === null;
}
