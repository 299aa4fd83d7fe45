/**
 * Merging an incoming article into the stored one (pure), field by field (merge-field): the newer
 * value wins; where times cannot decide, favourite, archived and tags are united, progress only
 * grows, and the title, content and reading position already stored are kept. A save by the reader
 * (authoritative) replaces what it gives. Nothing the import leaves out is touched.
 */
import { fold } from '@/utils/shared/fold';
import type {
  ArticleContent,
  ArticleStatus,
  ArticleSummary,
  FieldTimes,
  TimedField,
} from '@/utils/store/types';
import { timeOf } from './field-times';
import {
  type ContentValue,
  fillMeta,
  type IncomingArticle,
  type MetaValue,
  sameMeta,
  storedMeta,
} from './incoming';
import { type FieldMerge, type FieldRule, mergeField, sameSet, unite } from './merge-field';

/** The rows to write for one article. */
export interface ArticleRows {
  summary: ArticleSummary;
  content: ArticleContent;
}

/** Merged rows, and what the merge did. */
export interface ArticleMerge extends ArticleRows {
  changed: boolean;
  /** The content row changed (it is heavy: written only then). */
  contentChanged: boolean;
  /** The import differed on something the reader owns (title, content, status, favourite, tags) and lost. */
  keptYours: boolean;
}

const archivedIfEither = (a: ArticleStatus, b: ArticleStatus): ArticleStatus =>
  a === 'archived' || b === 'archived' ? 'archived' : 'unread';

const sameContent = (a: ContentValue, b: ContentValue) => a.html === b.html && a.text === b.text;

function rules(summary: ArticleSummary) {
  const placeholders = new Set(['', summary.url, summary.site, summary.originalUrl]);
  return {
    title: { same: (a, b) => a === b, empty: (v) => placeholders.has(v) } as FieldRule<string>,
    content: { same: sameContent, empty: (v) => !v.html && !v.text } as FieldRule<ContentValue>,
    status: { same: (a, b) => a === b, union: archivedIfEither } as FieldRule<ArticleStatus>,
    favorite: { same: (a, b) => a === b, union: (a, b) => (a || b ? 1 : 0) } as FieldRule<0 | 1>,
    tags: { same: sameSet, union: unite } as FieldRule<string[]>,
    position: { same: (a, b) => a === b } as FieldRule<number>,
  };
}

const OWNED: TimedField[] = ['title', 'content', 'status', 'favorite', 'tags'];

function contentValue(summary: ArticleSummary, content: ArticleContent): ContentValue {
  return { ...content, wordCount: summary.wordCount, readingTimeMinutes: summary.readingTimeMinutes };
}

/** Merges `incoming` over the stored rows; `changed` is false when the import added nothing. */
export function mergeArticle(old: ArticleRows, incoming: IncomingArticle, now: number): ArticleMerge {
  const { summary: s, content: c } = old;
  const r = rules(s);
  const f = incoming.fields;
  const merged: Partial<Record<TimedField, FieldMerge<unknown>>> = {};
  const one = <T>(field: TimedField, value: T, given: T | undefined, rule: FieldRule<T>): FieldMerge<T> => {
    const local = { value, time: timeOf(s, field) };
    const stamped = given === undefined ? undefined : { value: given, time: incoming.time(field) };
    const result =
      incoming.authoritative && stamped && !rule.same(value, given as T)
        ? { value: given as T, time: now, changed: true, keptLocal: false }
        : mergeField(local, stamped, rule, now);
    merged[field] = result;
    return result;
  };
  const title = one('title', s.title, f.title, r.title);
  const content = one('content', contentValue(s, c), f.content, r.content);
  merged.meta = mergeMeta(storedMeta(s), timeOf(s, 'meta'), incoming, now);
  const meta = merged.meta as FieldMerge<MetaValue>;
  const status = one('status', s.status, f.status, r.status);
  const favorite = one('favorite', s.favorite, f.favorite, r.favorite);
  const tags = one('tags', s.tags, f.tags, r.tags);
  const position = one('position', s.position, f.position, r.position);
  // Progress is the furthest point read: it only grows, whatever the times.
  const progress = Math.min(1, Math.max(s.progress, f.progress ?? 0));
  const grew = progress !== s.progress;
  merged.progress = {
    value: progress,
    time: grew ? now : timeOf(s, 'progress'),
    changed: grew,
    keptLocal: false,
  };

  const changed = Object.values(merged).some((m) => m?.changed);
  const fieldTimes: FieldTimes = {};
  for (const field of Object.keys(merged) as TimedField[]) fieldTimes[field] = merged[field]?.time;
  const body = content.value;
  const nextContent: ArticleContent = content.changed
    ? {
        id: s.id,
        html: body.html,
        text: body.text,
        entities: body.entities ?? c.entities,
        related: body.related ?? c.related,
        images: body.images ?? c.images,
      }
    : c;
  const summary: ArticleSummary = {
    ...s,
    ...meta.value,
    originalUrl: incoming.authoritative ? incoming.originalUrl : s.originalUrl,
    title: title.value,
    wordCount: body.wordCount,
    readingTimeMinutes: body.readingTimeMinutes,
    status: status.value,
    favorite: favorite.value,
    tags: tags.value,
    progress,
    position: Math.min(1, Math.max(0, position.value)),
    entityKeys: content.changed ? entityKeysOf(nextContent) : s.entityKeys,
    hasContent: Boolean(nextContent.html || nextContent.text),
    fieldTimes,
    updatedAt: changed ? now : s.updatedAt,
  };
  const keptYours = OWNED.some((field) => merged[field]?.keptLocal);
  return { summary, content: nextContent, changed, contentChanged: content.changed, keptYours };
}

/** Metadata is filled property by property, the newer side (or the reader's save) first. */
function mergeMeta(
  local: MetaValue,
  localTime: number,
  incoming: IncomingArticle,
  now: number,
): FieldMerge<MetaValue> {
  const given = incoming.fields.meta;
  const time = incoming.time('meta');
  const unchanged = { value: local, time: localTime, changed: false, keptLocal: false };
  if (!given) return unchanged;
  const newer = incoming.authoritative || (time !== null && time > localTime);
  const value = newer ? fillMeta(given, local) : fillMeta(local, given);
  if (sameMeta(value, local)) return unchanged;
  return { value, time: newer ? (time ?? now) : now, changed: true, keptLocal: false };
}

/** Folded entity names, indexed for the entity filter. */
export function entityKeysOf(content: Pick<ArticleContent, 'entities'>): string[] {
  return [...new Set(content.entities.map((e) => fold(e.text)))];
}
