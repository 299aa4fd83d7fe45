/** Maps parsed import records to the database's input shapes (pure). */

import { normalizeUrl } from '@/utils/shared/normalize-url';
import { stableId } from '@/utils/shared/stable-id';
import type { Annotation, ArticleInput, ArticleSource, IncomingAnnotation } from '@/utils/store/types';
import type { ImportedAnnotation, ImportedArticle, ImportFormat } from './types';

const SOURCES: Record<ImportFormat, ArticleSource> = {
  'pocket-zip': 'pocket',
  'pocket-csv': 'pocket',
  'pocket-html': 'pocket',
  'pocket-annotations': 'pocket',
  'instapaper-csv': 'instapaper',
  'omnivore-zip': 'omnivore',
  'liseuse-json': 'liseuse',
  'w3c-annotations': 'other',
  'readwise-csv': 'other',
};

/** The article input for an imported record; a link without content leaves html/text unset. */
export function toArticleInput(a: ImportedArticle, format: ImportFormat): ArticleInput {
  const input: ArticleInput = {
    url: a.url,
    title: a.title,
    byline: a.byline,
    publishedTime: a.publishedTime,
    excerpt: a.excerpt,
    status: a.status,
    favorite: a.favourite,
    tags: a.tags,
    savedAt: a.savedAt,
    source: SOURCES[format],
    // When the export dates its records (Omnivore); otherwise unknown, and the import only adds.
    modifiedAt: a.updatedAt,
  };
  if (a.progress !== null) input.progress = a.progress;
  if (!a.contentMissing && a.html !== null) {
    input.html = a.html;
    input.text = a.text ?? '';
    input.wordCount = (a.text ?? '').split(/\s+/).filter(Boolean).length;
    input.readingTimeMinutes = Math.max(1, Math.round(input.wordCount / 230));
  }
  return input;
}

/**
 * The stored annotation for an imported one with the time its values were true (null when the file
 * does not date it), or null when its URL cannot be normalised.
 */
export function toAnnotation(
  a: ImportedAnnotation,
  defaultColor: string,
  now: number,
): IncomingAnnotation | null {
  const url = normalizeUrl(a.url);
  if (!url) return null;
  const quote = a.selectors.find((s) => s.type === 'TextQuoteSelector');
  const id =
    a.id ??
    `import-${stableId(`${url}\u0000${quote?.exact ?? JSON.stringify(a.selectors)}\u0000${a.note ?? ''}`)}`;
  const annotation: Annotation = {
    id,
    url,
    target: { source: url, selector: a.selectors },
    body: a.note ?? '',
    color: a.color ?? defaultColor,
    tags: a.tags,
    created: a.created,
    modified: a.modified ?? now,
  };
  return { annotation, time: a.modified };
}
