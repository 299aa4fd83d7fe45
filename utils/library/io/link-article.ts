/** Builds the imported record for a saved link, the common case of every import. */
import { hostOf } from './fields';
import type { ImportedArticle, SourceLocation } from './types';

/** What a link import knows; the rest takes neutral defaults. */
export interface LinkFields {
  url: string;
  title?: string | null;
  savedAt?: number | null;
  status?: 'unread' | 'archived';
  favourite?: boolean;
  tags?: string[];
  excerpt?: string | null;
  from: SourceLocation;
}

/** A link without content: marked `contentMissing`, titled by its host when the export had no title. */
export function linkArticle(fields: LinkFields, now: number): ImportedArticle {
  return {
    url: fields.url,
    title: fields.title?.trim() || hostOf(fields.url),
    savedAt: fields.savedAt ?? now,
    updatedAt: null,
    publishedTime: null,
    byline: null,
    excerpt: fields.excerpt ?? null,
    status: fields.status ?? 'unread',
    favourite: fields.favourite ?? false,
    tags: fields.tags ?? [],
    html: null,
    text: null,
    contentMissing: true,
    progress: null,
    from: fields.from,
  };
}
