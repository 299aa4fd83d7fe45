/**
 * Merges an `ArticleInput` into the stored rows (pure): new fields win, omitted ones keep their
 * stored value, tags are united, and content is never replaced by nothing (importing a bare link
 * over a saved article keeps its text).
 */

import { displaySite } from '@/utils/shared/clean-url';
import { fold } from '@/utils/shared/fold';
import type { ArticleContent, ArticleInput, ArticleSummary } from './types';

/** The rows to write for one article. */
export interface ArticleRows {
  summary: ArticleSummary;
  content: ArticleContent;
}

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

function mergedTags(input: ArticleInput, old: ArticleSummary | undefined): string[] {
  const tags = [...(old?.tags ?? []), ...(input.tags ?? [])].map((t) => t.trim()).filter(Boolean);
  return [...new Set(tags)];
}

function contentOf(id: string, input: ArticleInput, old: ArticleContent | undefined): ArticleContent {
  const replace = Boolean(input.html || input.text);
  return {
    id,
    html: replace ? (input.html ?? '') : (old?.html ?? ''),
    text: replace ? (input.text ?? '') : (old?.text ?? ''),
    entities: input.entities ?? old?.entities ?? [],
    related: input.related ?? old?.related ?? [],
    images: input.images ?? old?.images ?? [],
  };
}

/** Builds the rows for `input` at normalised `url`, over the existing rows when updating. */
export function buildArticleRows(
  id: string,
  url: string,
  input: ArticleInput,
  now: number,
  old?: { summary: ArticleSummary; content: ArticleContent | undefined },
): ArticleRows {
  const prev = old?.summary;
  const content = contentOf(id, input, old?.content);
  const pick = <K extends keyof ArticleInput & keyof ArticleSummary>(key: K, fallback: ArticleSummary[K]) =>
    (input[key] ?? prev?.[key] ?? fallback) as ArticleSummary[K];
  const summary: ArticleSummary = {
    id,
    url,
    originalUrl: input.url,
    canonicalUrl: pick('canonicalUrl', null),
    title: input.title?.trim() || prev?.title || url,
    byline: pick('byline', null),
    siteName: pick('siteName', null),
    site: displaySite(url),
    lang: pick('lang', ''),
    publishedTime: pick('publishedTime', null),
    excerpt: pick('excerpt', null),
    leadImage: pick('leadImage', null),
    wordCount: pick('wordCount', 0),
    readingTimeMinutes: pick('readingTimeMinutes', 0),
    savedAt: prev?.savedAt ?? input.savedAt ?? now,
    updatedAt: now,
    status: pick('status', 'unread'),
    favorite: input.favorite === undefined ? (prev?.favorite ?? 0) : input.favorite ? 1 : 0,
    tags: mergedTags(input, prev),
    entityKeys: [...new Set(content.entities.map((e) => fold(e.text)))],
    progress: clamp01(input.progress ?? prev?.progress ?? 0),
    position: prev?.position ?? 0,
    hasContent: Boolean(content.html || content.text),
    source: prev?.source ?? input.source ?? 'web',
  };
  return { summary, content };
}
