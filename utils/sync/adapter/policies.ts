/**
 * What syncs, kind by kind, and how each field merges (issue #16): per field newer wins for state and
 * metadata, the first save time is kept, tags merge per tag, a note edited on two devices keeps both.
 * Anything not listed here never leaves the device.
 */
import type { KindPolicy } from '@/utils/sync/merge';

/** Document kinds. */
export type SyncKind = 'article' | 'annotation' | 'image';

/** An article: metadata, reading state and its content (one large field). */
export const ARTICLE_POLICY: KindPolicy = {
  fields: {
    url: 'lww',
    originalUrl: 'lww',
    canonicalUrl: 'lww',
    title: 'lww',
    byline: 'lww',
    siteName: 'lww',
    lang: 'lww',
    publishedTime: 'lww',
    excerpt: 'lww',
    leadImage: 'lww',
    wordCount: 'lww',
    readingTimeMinutes: 'lww',
    savedAt: 'min',
    source: 'lww',
    status: 'lww',
    favorite: 'lww',
    progress: 'lww',
    position: 'lww',
    content: 'lww',
  },
  sets: ['tags'],
  large: ['content'],
};

/** A highlight or note: its place on the page, colour, note text and tags. */
export const ANNOTATION_POLICY: KindPolicy = {
  fields: {
    id: 'lww',
    url: 'lww',
    target: 'lww',
    color: 'lww',
    body: 'keep-both',
    created: 'min',
    conflictOf: 'lww',
  },
  sets: ['tags'],
};

/** An article image: which image of which article (the bytes travel encrypted beside the record). */
export const IMAGE_POLICY: KindPolicy = {
  fields: { articleUrl: 'lww', url: 'lww', type: 'lww', fetchedAt: 'lww', size: 'lww', digest: 'lww' },
  sets: [],
};

/** The policy of a kind. */
export const POLICIES: Record<SyncKind, KindPolicy> = {
  article: ARTICLE_POLICY,
  annotation: ANNOTATION_POLICY,
  image: IMAGE_POLICY,
};

/** True for a known kind. */
export const isSyncKind = (k: unknown): k is SyncKind =>
  k === 'article' || k === 'annotation' || k === 'image';
