/**
 * Articles ⇄ synced records: the summary and content rows become one record (content as one large
 * field), and a received record becomes rows again under this device's own article id. Derived fields
 * (site, entity keys, whether content exists) are recomputed here, never trusted from the wire.
 * This file (with annotation-record and image-record) is the one place that knows the store's row shapes.
 */
import type { Entity, RelatedStory } from '@/utils/article/types';
import { storedArticleHtml } from '@/utils/library/stored-html';
import { fold } from '@/utils/shared/fold';
import { displaySite } from '@/utils/shared/normalize-url';
import type {
  ArticleContent,
  ArticleSource,
  ArticleStatus,
  ArticleSummary,
  FieldTimes,
  TimedField,
} from '@/utils/store';
import { TIMED_FIELDS, timeOf } from '@/utils/store/merge';
import { membersOf, type SyncRecord } from '@/utils/sync/merge';
import { fieldValue } from './checks';

/**
 * Which of the library's timed fields (`ArticleSummary.fieldTimes`) each record field and set follows:
 * a field's register carries the time the library says it changed, and received times become the
 * row's field times again, so sync and imports judge "newer" on the same times. Untimed fields (the
 * addresses, the source) take the time of the change that sent them; `savedAt` keeps the smallest.
 */
const TIMED_BY: Readonly<Record<string, TimedField>> = {
  title: 'title',
  content: 'content',
  wordCount: 'content',
  readingTimeMinutes: 'content',
  canonicalUrl: 'meta',
  byline: 'meta',
  siteName: 'meta',
  lang: 'meta',
  publishedTime: 'meta',
  excerpt: 'meta',
  leadImage: 'meta',
  status: 'status',
  favorite: 'favorite',
  tags: 'tags',
  progress: 'progress',
  position: 'position',
};

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
  const times = Object.fromEntries(
    Object.entries(TIMED_BY).map(([field, timed]) => [field, timeOf(summary, timed)]),
  );
  return { values, sets: { tags: summary.tags }, times };
}

/** When each record field or set last changed. */
function recordTimes(record: SyncRecord): Map<string, number> {
  const times = new Map(Object.entries(record.f).map(([field, reg]) => [field, reg.t]));
  const members = Object.values(record.s.tags ?? {});
  if (members.length) times.set('tags', Math.max(...members.map((m) => m.t)));
  return times;
}

/** The library's field times of a received record: each timed field at its latest record field. */
function fieldTimesOf(times: Map<string, number>, fallback: number): FieldTimes {
  const out: FieldTimes = {};
  for (const timed of TIMED_FIELDS) {
    const mine = Object.keys(TIMED_BY).filter((field) => TIMED_BY[field] === timed);
    const found = mine.flatMap((field) => times.get(field) ?? []);
    out[timed] = found.length ? Math.max(...found) : fallback;
  }
  return out;
}

/** The rows for a (validated) article record, under local id `id`. */
export function articleRows(
  record: SyncRecord,
  id: string,
): { summary: ArticleSummary; content: ArticleContent } {
  const v = (field: string) => fieldValue(record, field);
  const c = v('content') as ContentValue;
  const url = v('url') as string;
  const times = recordTimes(record);
  const updatedAt = Math.max(0, ...times.values());
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
    updatedAt,
    fieldTimes: fieldTimesOf(times, updatedAt),
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

/**
 * A received (validated) article record with its HTML rebuilt as the library stores any HTML: before it is
 * merged, kept as the document's shadow or written, so the library's rows always match the shadow.
 */
export function withStoredHtml(record: SyncRecord): SyncRecord {
  const reg = record.f.content;
  const c = reg?.v as ContentValue | undefined;
  if (!reg || !c?.html) return record;
  const html = storedArticleHtml(c.html, fieldValue(record, 'url') as string);
  return html === c.html ? record : { ...record, f: { ...record.f, content: { ...reg, v: { ...c, html } } } };
}
