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
import { fieldValue } from './checks';

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
