/**
 * An article as it arrives to be merged into the library (pure): the values it carries, grouped by
 * timed field, and when each was true. Built from a save or import input, or from an exported row.
 */
import type { ArticleAnalysis } from '@/utils/article/types';
import type {
  ArticleContent,
  ArticleInput,
  ArticleStatus,
  ArticleSummary,
  TimedField,
} from '@/utils/store/types';
import { fileTimeOf } from './field-times';

/** The `content` field: what the page said, and its length; lists left out keep the stored ones. */
export type ContentValue = Pick<ArticleContent, 'html' | 'text'> &
  Partial<Pick<ArticleContent, 'entities' | 'related' | 'images'>> & {
    wordCount: number;
    readingTimeMinutes: number;
  };

/** The `meta` field: descriptive metadata, filled property by property. */
export type MetaValue = Pick<
  ArticleAnalysis,
  'canonicalUrl' | 'byline' | 'siteName' | 'lang' | 'publishedTime' | 'excerpt' | 'leadImage'
>;

/** Values by timed field; an absent field says nothing. */
export interface IncomingFields {
  title?: string;
  content?: ContentValue;
  meta?: Partial<MetaValue>;
  status?: ArticleStatus;
  favorite?: 0 | 1;
  tags?: string[];
  progress?: number;
  position?: number;
}

/** An incoming article: its values, their times, and whether it is the reader's own save (it wins). */
export interface IncomingArticle {
  fields: IncomingFields;
  time(field: TimedField): number | null;
  authoritative: boolean;
  /** The URL as given (kept as `originalUrl` by a save). */
  originalUrl: string;
}

const META_KEYS = [
  'canonicalUrl',
  'byline',
  'siteName',
  'lang',
  'publishedTime',
  'excerpt',
  'leadImage',
] as const satisfies readonly (keyof MetaValue)[];

const clean = (tags: string[]) => [...new Set(tags.map((t) => t.trim()).filter(Boolean))];

function metaOf(source: Partial<Record<keyof MetaValue, unknown>>): Partial<MetaValue> | undefined {
  const meta: Partial<Record<keyof MetaValue, unknown>> = {};
  for (const key of META_KEYS) if (source[key] !== undefined && source[key] !== null) meta[key] = source[key];
  return Object.keys(meta).length ? (meta as Partial<MetaValue>) : undefined;
}

function contentOfInput(input: ArticleInput): ContentValue | undefined {
  if (!input.html && !input.text) return undefined;
  return {
    html: input.html ?? '',
    text: input.text ?? '',
    entities: input.entities,
    related: input.related,
    images: input.images,
    wordCount: input.wordCount ?? 0,
    readingTimeMinutes: input.readingTimeMinutes ?? 0,
  };
}

/** What a save or import input carries. */
export function incomingFromInput(input: ArticleInput, now: number): IncomingArticle {
  const fields: IncomingFields = {
    title: input.title?.trim() || undefined,
    content: contentOfInput(input),
    meta: metaOf(input),
    status: input.status,
    favorite: input.favorite === undefined ? undefined : input.favorite ? 1 : 0,
    tags: input.tags === undefined ? undefined : clean(input.tags),
    progress: input.progress,
    position: input.position,
  };
  const authoritative = input.modifiedAt === undefined && input.fieldTimes === undefined;
  return {
    fields,
    authoritative,
    originalUrl: input.url,
    time: (field) => input.fieldTimes?.[field] ?? (authoritative ? now : (input.modifiedAt ?? null)),
  };
}

/** What an exported row carries (Liseuse's own JSON): everything, with its stored times. */
export function incomingFromRows(
  summary: ArticleSummary,
  content: ArticleContent | undefined,
): IncomingArticle {
  const hasContent = Boolean(content?.html || content?.text);
  return {
    fields: {
      title: summary.title,
      content:
        content && hasContent
          ? {
              html: content.html,
              text: content.text,
              entities: content.entities ?? [],
              related: content.related ?? [],
              images: content.images ?? [],
              wordCount: summary.wordCount,
              readingTimeMinutes: summary.readingTimeMinutes,
            }
          : undefined,
      meta: metaOf(summary),
      status: summary.status,
      favorite: summary.favorite ? 1 : 0,
      tags: clean(summary.tags),
      progress: summary.progress,
      position: summary.position,
    },
    authoritative: false,
    originalUrl: summary.originalUrl,
    time: (field) => fileTimeOf(summary, field),
  };
}

/** Fills each metadata property from `first`, else `second`. */
export function fillMeta(first: Partial<MetaValue>, second: Partial<MetaValue>): MetaValue {
  const out = {} as Record<keyof MetaValue, unknown>;
  for (const key of META_KEYS) out[key] = first[key] ?? second[key] ?? (key === 'lang' ? '' : null);
  return out as unknown as MetaValue;
}

/** The metadata stored on a summary. */
export function storedMeta(summary: ArticleSummary): MetaValue {
  return fillMeta(summary, {});
}

/** Same metadata, property by property. */
export const sameMeta = (a: Partial<MetaValue>, b: Partial<MetaValue>): boolean =>
  META_KEYS.every((key) => (a[key] ?? null) === (b[key] ?? null));
