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

/** Every field's merge, by field. */
interface Merged {
  title: FieldMerge<string>;
  content: FieldMerge<ContentValue>;
  meta: FieldMerge<MetaValue>;
  status: FieldMerge<ArticleStatus>;
  favorite: FieldMerge<0 | 1>;
  tags: FieldMerge<string[]>;
  progress: FieldMerge<number>;
  position: FieldMerge<number>;
}

function mergeFields(s: ArticleSummary, c: ArticleContent, incoming: IncomingArticle, now: number): Merged {
  const r = rules(s);
  const f = incoming.fields;
  const one = <T>(field: TimedField, value: T, given: T | undefined, rule: FieldRule<T>): FieldMerge<T> => {
    const stamped = given === undefined ? undefined : { value: given, time: incoming.time(field) };
    // The reader's own save replaces what it gives.
    if (incoming.authoritative && stamped && !rule.same(value, stamped.value))
      return { value: stamped.value, time: now, changed: true, keptLocal: false };
    return mergeField({ value, time: timeOf(s, field) }, stamped, rule, now);
  };
  // Progress is the furthest point read: it only grows, whatever the times.
  const progress = Math.min(1, Math.max(s.progress, f.progress ?? 0));
  const grew = progress !== s.progress;
  return {
    title: one('title', s.title, f.title, r.title),
    content: one('content', contentValue(s, c), f.content, r.content),
    meta: mergeMeta(storedMeta(s), timeOf(s, 'meta'), incoming, now),
    status: one('status', s.status, f.status, r.status),
    favorite: one('favorite', s.favorite, f.favorite, r.favorite),
    tags: one('tags', s.tags, f.tags, r.tags),
    progress: { value: progress, time: grew ? now : timeOf(s, 'progress'), changed: grew, keptLocal: false },
    position: one('position', s.position, f.position, r.position),
  };
}

/** The content row after the merge: the incoming text, lists it left out kept from the stored row. */
function contentRow(c: ArticleContent, content: FieldMerge<ContentValue>): ArticleContent {
  if (!content.changed) return c;
  const body = content.value;
  return {
    id: c.id,
    html: body.html,
    text: body.text,
    entities: body.entities ?? c.entities,
    related: body.related ?? c.related,
    images: body.images ?? c.images,
  };
}

/** Merges `incoming` over the stored rows; `changed` is false when the import added nothing. */
export function mergeArticle(old: ArticleRows, incoming: IncomingArticle, now: number): ArticleMerge {
  const { summary: s, content: c } = old;
  const m = mergeFields(s, c, incoming, now);
  const parts = Object.entries(m) as [TimedField, FieldMerge<unknown>][];
  const changed = parts.some(([, part]) => part.changed);
  const fieldTimes: FieldTimes = Object.fromEntries(parts.map(([field, part]) => [field, part.time]));
  const content = contentRow(c, m.content);
  const summary: ArticleSummary = {
    ...s,
    ...m.meta.value,
    originalUrl: incoming.authoritative ? incoming.originalUrl : s.originalUrl,
    title: m.title.value,
    wordCount: m.content.value.wordCount,
    readingTimeMinutes: m.content.value.readingTimeMinutes,
    status: m.status.value,
    favorite: m.favorite.value,
    tags: m.tags.value,
    progress: m.progress.value,
    position: Math.min(1, Math.max(0, m.position.value)),
    entityKeys: m.content.changed ? entityKeysOf(content) : s.entityKeys,
    hasContent: Boolean(content.html || content.text),
    fieldTimes,
    updatedAt: changed ? now : s.updatedAt,
  };
  const keptYours = OWNED.some((field) => m[field].keptLocal);
  return { summary, content, changed, contentChanged: m.content.changed, keptYours };
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
