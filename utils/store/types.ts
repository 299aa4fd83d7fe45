/**
 * Stored shapes of the library database (utils/store). Times are epoch milliseconds; booleans that are
 * indexed are stored as 0/1 because IndexedDB cannot index booleans.
 */
import type { Entity, RelatedStory } from '@/utils/article/types';
import type { AnnotationRow } from '@/utils/store/annotation-row';

/** Reading status of a saved article. */
export type ArticleStatus = 'unread' | 'archived';

/**
 * What a reader or a save can change on an article, each timed apart so an import (and, later, sync)
 * merges field by field: the newer value wins. `content` covers the HTML, text, entities, related
 * stories, images and length; `meta` the byline, site name, language, dates, excerpt and lead image.
 */
export type TimedField =
  | 'title'
  | 'content'
  | 'meta'
  | 'status'
  | 'favorite'
  | 'tags'
  | 'progress'
  | 'position';

/** When each field last changed, epoch ms. */
export type FieldTimes = Partial<Record<TimedField, number>>;

/** Where an article came from: saved from a page, or imported from another service. */
export type ArticleSource = 'web' | 'pocket' | 'instapaper' | 'omnivore' | 'liseuse' | 'other';

/** The light row of an article: everything the list, filters and ranking need (no HTML, no text). */
export interface ArticleSummary {
  id: string;
  /** Normalised URL (utils/shared/normalize-url), unique: saving the same page again updates this row. */
  url: string;
  /** The URL the reader saved from, before normalisation. */
  originalUrl: string;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** Host name without `www.`, for the site filter. */
  site: string;
  lang: string;
  publishedTime: string | null;
  excerpt: string | null;
  leadImage: string | null;
  wordCount: number;
  readingTimeMinutes: number;
  savedAt: number;
  updatedAt: number;
  /**
   * When each field last changed (schema v4). Rows written before, and exports made before, lack it:
   * `updatedAt` then stands for every field (utils/store/field-times).
   */
  fieldTimes?: FieldTimes;
  status: ArticleStatus;
  favorite: 0 | 1;
  tags: string[];
  /** Folded entity names (utils/shared/fold), indexed for the entity filter. */
  entityKeys: string[];
  /** Furthest point read, 0..1. */
  progress: number;
  /** Last scroll position in the reader, 0..1, restored when the article is reopened. */
  position: number;
  /** False for imported links saved without their content. */
  hasContent: boolean;
  source: ArticleSource;
}

/** The heavy part of an article, stored apart so listing 10,000 articles never reads HTML. */
export interface ArticleContent {
  id: string;
  /** Sanitised article HTML (allowlist rebuild), image URLs absolute. Sanitised again (DOMPurify) on render. */
  html: string;
  text: string;
  entities: Entity[];
  related: RelatedStory[];
  /** Absolute URLs of the article's images, in document order. */
  images: string[];
}

/** A full article: summary and content together. */
export type Article = ArticleSummary & Omit<ArticleContent, 'id'>;

/**
 * Per-article search row (no multiEntry index: indexing ~700 words per article made saves ~50 ms).
 * Rows newer than the search snapshot (`seq` above it) are searched directly; older ones through
 * the snapshot's in-memory inverted index (utils/store/search/inverted-index).
 */
export interface SearchRow {
  id: string;
  /** Write sequence, stamped by the database on every put (see utils/store/database). */
  seq: number;
  /** Sorted distinct tokens: plain, `~token` for title tokens, `#token` for tag tokens. */
  words: string[];
  /** Occurrences of `words[i]` in the text (at least 1). */
  counts: number[];
}

/** An article image stored as a blob (or a recorded failure), keyed by article and image URL. */
export interface StoredImage {
  articleId: string;
  url: string;
  status: 'stored' | 'failed';
  blob: Blob | null;
  /** Why fetching failed (HTTP status, timeout, not an image…), for the reader's information. */
  error: string | null;
  fetchedAt: number;
}

/**
 * The list's small picture of an article, made from its stored lead image (never fetched for the list).
 * `blob` is null when the article has no stored image, so the list does not look again.
 */
export interface Thumbnail {
  id: string;
  blob: Blob | null;
  /** The stored image it was made from. */
  source: string | null;
}

/** A W3C Web Annotation (highlight and/or note) as stored; see utils/store/annotation-row. */
export type Annotation = AnnotationRow;

/** An annotation arriving from a file, and when its values were true (null: the file does not say). */
export interface IncomingAnnotation {
  annotation: Annotation;
  time: number | null;
}

/** What importing annotations did. */
export interface AnnotationImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Imported highlights or notes that differed from the reader's, whose version was kept. */
  keptYours: number;
  /** Of those, imported notes added as new notes beside the reader's (they could not be merged). */
  keptBoth: number;
}

/**
 * What a caller gives to save or import an article. Omitted fields keep their stored value on update.
 * A save by the reader (no `modifiedAt`) replaces what it gives; an import merges field by field
 * (utils/store/merge-article): newer wins by time, and where the file has no time, favourite,
 * archived and tags are united and everything else already stored is kept.
 */
export interface ArticleInput {
  url: string;
  canonicalUrl?: string | null;
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  lang?: string;
  publishedTime?: string | null;
  excerpt?: string | null;
  leadImage?: string | null;
  /** Article HTML, sanitised by the caller (`article/save` rebuilds it again); the reader sanitises it again on render. */
  html?: string;
  text?: string;
  wordCount?: number;
  readingTimeMinutes?: number;
  entities?: Entity[];
  related?: RelatedStory[];
  images?: string[];
  status?: ArticleStatus;
  favorite?: boolean;
  tags?: string[];
  progress?: number;
  position?: number;
  savedAt?: number;
  source?: ArticleSource;
  /**
   * When the given values were true, for an import: a time (the file's modification date), or null
   * when the file has none. Omitted: a save by the reader, now, which wins over what is stored.
   */
  modifiedAt?: number | null;
  /** Per-field times an export carried (Liseuse JSON); they override `modifiedAt`. */
  fieldTimes?: FieldTimes;
}

/** The result of a save: the article's id and whether it was new. */
export interface SaveResult {
  id: string;
  created: boolean;
}

/** Fields a reader can change on a saved article. */
export interface ArticlePatch {
  title?: string;
  status?: ArticleStatus;
  favorite?: boolean;
  tags?: string[];
  progress?: number;
  position?: number;
}

/** Library filters; all given filters must match. */
export interface ArticleFilters {
  status?: ArticleStatus;
  favorite?: boolean;
  tag?: string;
  site?: string;
  /** Entity name, matched accent- and case-insensitively. */
  entity?: string;
}

/** Orders of the library list: by saved date, or by length (links without content last). */
export type ArticleSort = 'newest' | 'oldest' | 'longest' | 'shortest';

/** A listing query: filters plus a page, in an order (newest first by default). */
export interface ArticleQuery extends ArticleFilters {
  offset?: number;
  limit?: number;
  sort?: ArticleSort;
}

/** One ranked search result. */
export interface SearchHit {
  id: string;
  score: number;
}

/** Everything removed by deleteArticle, enough for restoreArticle to put it back (undo). */
export interface DeletedArticle {
  summary: ArticleSummary;
  content: ArticleContent | undefined;
  search: SearchRow | undefined;
  images: StoredImage[];
  thumbnail?: Thumbnail;
}

/** Options of a long bulk write (imports). */
export interface BulkOptions {
  signal?: AbortSignal;
  /** Called after each committed batch with the number of items written so far. */
  onProgress?: (done: number, total: number) => void;
  batchSize?: number;
}

/** Outcome of a bulk write; `cancelled` batches not started are simply not written. */
export interface BulkResult {
  created: number;
  /** Existing articles the import changed (added a tag, filled content, a newer title…). */
  updated: number;
  /** Existing articles where the import differed and the library kept the reader's newer (or own) values. */
  keptYours: number;
  /** Existing articles the import had nothing new for. */
  unchanged: number;
  /** Items rejected before writing (e.g. unparseable URL), with their index in the input. */
  rejected: { index: number; reason: string }[];
  cancelled: boolean;
}

/** The whole library as plain rows (Liseuse's own export, and what a restore writes back). */
export interface LibraryDump {
  exportedAt: number;
  articles: ArticleSummary[];
  contents: ArticleContent[];
  images: StoredImage[];
  annotations: Annotation[];
}

/** One saved article with everything stored about it, as a restore writes it back. */
export interface RestoreItem {
  article: ArticleSummary;
  content?: ArticleContent;
  images: StoredImage[];
  annotations: Annotation[];
}
