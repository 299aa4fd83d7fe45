/**
 * The check a received article record must pass before it is stored: every field present, of its type
 * and within limits (the message and import limits), the URL normalised, tags trimmed, no local ids.
 */
import type { Entity, RelatedStory } from '@/utils/article/types';
import type { SyncRecord } from '@/utils/sync/merge';
import type { ContentValue } from './article-record';
import {
  fieldValue,
  isCount,
  isListOf,
  isNullableString,
  isObject,
  isPageUrl,
  isRecordShape,
  isString,
  isTime,
  isUnit,
} from './checks';

const STATUSES = ['unread', 'archived'];
const SOURCES = ['web', 'pocket', 'instapaper', 'omnivore', 'liseuse', 'other'];
const ENTITY_TYPES = ['person', 'organization', 'place', 'product', 'group', 'other'];

const isEntity = (e: unknown): e is Entity =>
  isObject(e) &&
  isString(e.text, 300) &&
  ENTITY_TYPES.includes(e.type as string) &&
  isCount(e.count) &&
  typeof e.score === 'number' &&
  isListOf(e.variants, 50, (x): x is string => isString(x, 300));

const isStory = (s: unknown): s is RelatedStory =>
  isObject(s) &&
  isString(s.title, 1000) &&
  isString(s.url, 4000) &&
  typeof s.score === 'number' &&
  (s.source === 'page' || s.source === 'library') &&
  s.articleId === undefined;

function isContent(v: unknown): v is ContentValue {
  return (
    isObject(v) &&
    isString(v.html, 20_000_000) &&
    isString(v.text, 10_000_000) &&
    isListOf(v.entities, 500, isEntity) &&
    isListOf(v.related, 200, isStory) &&
    isListOf(v.images, 1000, (x): x is string => isString(x, 4000))
  );
}

/** True for a well-formed article record whose every field is present and within limits. */
export function isArticleRecord(record: unknown): record is SyncRecord {
  if (!isRecordShape(record, 200) || record.k !== 'article') return false;
  const v = (field: string) => fieldValue(record, field);
  return (
    isPageUrl(v('url')) &&
    isString(v('originalUrl'), 4000) &&
    isNullableString(v('canonicalUrl'), 4000) &&
    isString(v('title'), 2000) &&
    isNullableString(v('byline'), 1000) &&
    isNullableString(v('siteName'), 1000) &&
    isString(v('lang'), 35) &&
    isNullableString(v('publishedTime'), 100) &&
    isNullableString(v('excerpt'), 10_000) &&
    isNullableString(v('leadImage'), 4000) &&
    isCount(v('wordCount')) &&
    isCount(v('readingTimeMinutes')) &&
    isTime(v('savedAt')) &&
    SOURCES.includes(v('source') as string) &&
    STATUSES.includes(v('status') as string) &&
    typeof v('favorite') === 'boolean' &&
    isUnit(v('progress')) &&
    isUnit(v('position')) &&
    isContent(v('content')) &&
    Object.keys(record.s.tags ?? {}).every((tag) => isString(tag, 100) && tag.trim() === tag && tag !== '')
  );
}
