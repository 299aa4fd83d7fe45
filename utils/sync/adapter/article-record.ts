/**
 * Articles ⇄ synced records: the summary and content rows become one record (content as one large
 * field), and a received record becomes rows again under this device's own article id. Derived fields
 * (site, entity keys, whether content exists) are recomputed here, never trusted from the wire.
 * This file (with annotation-record and image-record) is the one place that knows the store's row shapes.
 */
import type { Entity, RelatedStory } from '@/utils/article/types';
import { fold } from '@/utils/shared/fold';
import { displaySite } from '@/utils/shared/normalize-url';
import type { ArticleContent, ArticleSource, ArticleStatus, ArticleSummary } from '@/utils/store';
import { membersOf, type SyncRecord } from '@/utils/sync/merge';
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

/** The content field's value. */
export interface ContentValue {
  html: string;
  text: string;
  entities: Entity[];
  related: RelatedStory[];
  images: string[];
}

const EMPTY_CONTENT = { html: '', text: '', entities: [], related: [], images: [] };

/** The record's fields and sets for an article's rows. */
export function articleValues(summary: ArticleSummary, content: ArticleContent | undefined) {
  const c = content ?? EMPTY_CONTENT;
  const value: ContentValue = {
    html: c.html,
    text: c.text,
    entities: c.entities,
    // A library story's id is this device's: meaningless elsewhere.
    related: c.related.map(({ articleId: _local, ...story }) => story),
    images: c.images,
  };
  const values: Record<string, unknown> = {
    url: summary.url,
    originalUrl: summary.originalUrl,
    canonicalUrl: summary.canonicalUrl,
    title: summary.title,
    byline: summary.byline,
    siteName: summary.siteName,
    lang: summary.lang,
    publishedTime: summary.publishedTime,
    excerpt: summary.excerpt,
    leadImage: summary.leadImage,
    wordCount: summary.wordCount,
    readingTimeMinutes: summary.readingTimeMinutes,
    savedAt: summary.savedAt,
    source: summary.source,
    status: summary.status,
    favorite: summary.favorite === 1,
    progress: summary.progress,
    position: summary.position,
    content: value,
  };
  return { values, sets: { tags: summary.tags } };
}

const latest = (record: SyncRecord) =>
  Math.max(
    0,
    ...Object.values(record.f).map((r) => r.t),
    ...Object.values(record.s.tags ?? {}).map((m) => m.t),
  );

/** The rows for a (validated) article record, under local id `id`. */
export function articleRows(
  record: SyncRecord,
  id: string,
): { summary: ArticleSummary; content: ArticleContent } {
  const v = (field: string) => fieldValue(record, field);
  const c = v('content') as ContentValue;
  const url = v('url') as string;
  const summary: ArticleSummary = {
    id,
    url,
    originalUrl: v('originalUrl') as string,
    canonicalUrl: v('canonicalUrl') as string | null,
    title: v('title') as string,
    byline: v('byline') as string | null,
    siteName: v('siteName') as string | null,
    site: displaySite(url),
    lang: v('lang') as string,
    publishedTime: v('publishedTime') as string | null,
    excerpt: v('excerpt') as string | null,
    leadImage: v('leadImage') as string | null,
    wordCount: v('wordCount') as number,
    readingTimeMinutes: v('readingTimeMinutes') as number,
    savedAt: v('savedAt') as number,
    updatedAt: latest(record),
    status: v('status') as ArticleStatus,
    favorite: v('favorite') ? 1 : 0,
    tags: membersOf(record, 'tags'),
    entityKeys: [...new Set(c.entities.map((e) => fold(e.text)))],
    progress: v('progress') as number,
    position: v('position') as number,
    hasContent: Boolean(c.html || c.text),
    source: v('source') as ArticleSource,
  };
  return { summary, content: { id, ...c } };
}

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
