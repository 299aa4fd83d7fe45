/**
 * The rows of an article to write (pure): a new article from its input, or the stored rows with an
 * incoming save or import merged in field by field (merge/merge-article).
 */
import { displaySite } from '@/utils/shared/clean-url';
import { TIMED_FIELDS } from './merge/field-times';
import { incomingFromInput } from './merge/incoming';
import { type ArticleMerge, type ArticleRows, entityKeysOf, mergeArticle } from './merge/merge-article';
import type { ArticleContent, ArticleInput, ArticleSummary, FieldTimes } from './types';

export type { ArticleMerge, ArticleRows } from './merge/merge-article';

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/** The rows of a new article: what the input gives, neutral defaults for the rest. */
export function newArticleRows(id: string, url: string, input: ArticleInput, now: number): ArticleRows {
  const incoming = incomingFromInput(input, now);
  const f = incoming.fields;
  const content: ArticleContent = {
    id,
    html: f.content?.html ?? '',
    text: f.content?.text ?? '',
    entities: f.content?.entities ?? [],
    related: f.content?.related ?? [],
    images: f.content?.images ?? [],
  };
  const fieldTimes: FieldTimes = {};
  for (const field of TIMED_FIELDS) fieldTimes[field] = incoming.time(field) ?? now;
  const summary: ArticleSummary = {
    id,
    url,
    originalUrl: input.url,
    canonicalUrl: f.meta?.canonicalUrl ?? null,
    title: f.title || url,
    byline: f.meta?.byline ?? null,
    siteName: f.meta?.siteName ?? null,
    site: displaySite(url),
    lang: f.meta?.lang ?? '',
    publishedTime: f.meta?.publishedTime ?? null,
    excerpt: f.meta?.excerpt ?? null,
    leadImage: f.meta?.leadImage ?? null,
    wordCount: f.content?.wordCount ?? 0,
    readingTimeMinutes: f.content?.readingTimeMinutes ?? 0,
    savedAt: input.savedAt ?? now,
    updatedAt: now,
    fieldTimes,
    status: f.status ?? 'unread',
    favorite: f.favorite ?? 0,
    tags: f.tags ?? [],
    entityKeys: entityKeysOf(content),
    progress: clamp01(f.progress ?? 0),
    position: clamp01(f.position ?? 0),
    hasContent: Boolean(content.html || content.text),
    source: input.source ?? 'web',
  };
  return { summary, content };
}

/** Builds the rows for `input` at normalised `url`: new, or merged over the stored rows. */
export function buildArticleRows(
  id: string,
  url: string,
  input: ArticleInput,
  now: number,
  old?: { summary: ArticleSummary; content: ArticleContent | undefined },
): ArticleMerge {
  if (!old)
    return { ...newArticleRows(id, url, input, now), changed: true, contentChanged: true, keptYours: false };
  const content = old.content ?? { id, html: '', text: '', entities: [], related: [], images: [] };
  return mergeArticle({ summary: old.summary, content }, incomingFromInput(input, now), now);
}
