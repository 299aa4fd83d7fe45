/**
 * Writes one article inside an open transaction: looks the normalised URL up (unique index), merges,
 * and rewrites the summary, content and search rows together. Callers own the transaction, so a
 * save and a bulk import batch are each all-or-nothing.
 */
import { buildSearchRow } from '@/utils/search/index-terms';
import { normalizeUrl } from '@/utils/url/normalize-url';
import { buildArticleRows } from './article-record';
import type { LiseuseDatabase } from './database';
import { InvalidUrlError } from './errors';
import type { ArticleInput, SaveResult } from './types';

/** Tables a transaction writing articles must include. */
export const ARTICLE_TABLES = ['articles', 'contents', 'search', 'annotations'] as const;

/** Note bodies attached to a URL or article, for the search row. */
export async function notesFor(db: LiseuseDatabase, url: string, id: string): Promise<string[]> {
  const [byUrl, byArticle] = await Promise.all([
    db.annotations.where('url').equals(url).toArray(),
    db.annotations.where('articleId').equals(id).toArray(),
  ]);
  const seen = new Map([...byUrl, ...byArticle].map((a) => [a.id, a.body]));
  return [...seen.values()].filter(Boolean);
}

/** Saves or updates one article; must run inside a rw transaction over ARTICLE_TABLES. */
export async function writeArticle(
  db: LiseuseDatabase,
  input: ArticleInput,
  now: number,
): Promise<SaveResult> {
  const url = normalizeUrl(input.url, input.canonicalUrl);
  if (!url) throw new InvalidUrlError(input.url);
  const summary = await db.articles.where('url').equals(url).first();
  const id = summary?.id ?? crypto.randomUUID();
  const old = summary ? { summary, content: await db.contents.get(id) } : undefined;
  const rows = buildArticleRows(id, url, input, now, old);
  const notes = await notesFor(db, url, id);
  await db.articles.put(rows.summary);
  await db.contents.put(rows.content);
  await db.search.put(
    buildSearchRow({
      id,
      title: rows.summary.title,
      text: rows.content.text,
      tags: rows.summary.tags,
      notes,
    }),
  );
  return { id, created: !summary };
}
