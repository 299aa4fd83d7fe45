/** Maps parsed import records to the database's input shapes (pure). */

import { normalizeUrl } from '@/utils/shared/normalize-url';
import type { Annotation, ArticleInput, ArticleSource } from '@/utils/store/types';
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

/** 64-bit FNV-1a as hex: a stable id, so importing the same highlight twice updates it. */
export function stableId(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** The stored annotation for an imported one, or null when its URL cannot be normalised. */
export function toAnnotation(a: ImportedAnnotation, defaultColor: string): Annotation | null {
  const url = normalizeUrl(a.url);
  if (!url) return null;
  const quote = a.selectors.find((s) => s.type === 'TextQuoteSelector');
  const id =
    a.id ??
    `import-${stableId(`${url}\u0000${quote?.exact ?? JSON.stringify(a.selectors)}\u0000${a.note ?? ''}`)}`;
  return {
    id,
    url,
    target: { source: url, selector: a.selectors },
    body: a.note ?? '',
    color: a.color ?? defaultColor,
    tags: a.tags,
    created: a.created,
    modified: a.modified,
  };
}
