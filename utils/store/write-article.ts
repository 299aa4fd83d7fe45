/**
 * Writes articles inside an open transaction: looks their normalised URLs up (unique index) in one
 * query, merges, and rewrites summary, content and search rows with bulk puts. Callers own the
 * transaction, so a save and an import batch are each all-or-nothing.
 */

import { normalizeUrl } from '@/utils/shared/normalize-url';
import { randomUuid } from '@/utils/shared/random-uuid';
import { buildSearchRow } from '@/utils/store/search/index-terms';
import { type ArticleMerge, buildArticleRows } from './article-record';
import type { LiseuseDatabase } from './database';
import { InvalidUrlError } from './errors';
import type { Annotation, ArticleContent, ArticleInput, ArticleSummary, SaveResult } from './types';

/** Tables a transaction writing articles must include. */
export const ARTICLE_TABLES = ['articles', 'contents', 'search', 'annotations', 'outbox'] as const;

/** Note bodies attached to a URL or article, for the search row. */
export async function notesFor(db: LiseuseDatabase, url: string, id: string): Promise<string[]> {
  const [byUrl, byArticle] = await Promise.all([
    db.annotations.where('url').equals(url).toArray(),
    db.annotations.where('articleId').equals(id).toArray(),
  ]);
  const seen = new Map([...byUrl, ...byArticle].map((a) => [a.id, a.body]));
  return [...seen.values()].filter(Boolean);
}

/** What writing one input did: saved (new, changed, or left as it was), and whether yours was kept. */
export interface WriteResult extends SaveResult {
  changed: boolean;
  keptYours: boolean;
}

/** One input's outcome: written, or rejected before writing. */
export type WriteOutcome = WriteResult | InvalidUrlError;

interface Lookups {
  byUrl: Map<string, ArticleSummary>;
  contents: Map<string, ArticleContent>;
  notes: Annotation[];
}

async function lookUp(db: LiseuseDatabase, urls: string[]): Promise<Lookups> {
  const summaries = await db.articles.where('url').anyOf(urls).toArray();
  const ids = summaries.map((s) => s.id);
  const [contents, byUrl, byId] = await Promise.all([
    db.contents.bulkGet(ids),
    db.annotations.where('url').anyOf(urls).toArray(),
    ids.length ? db.annotations.where('articleId').anyOf(ids).toArray() : Promise.resolve([]),
  ]);
  return {
    byUrl: new Map(summaries.map((s) => [s.url, s])),
    contents: new Map(contents.flatMap((c) => (c ? [[c.id, c] as const] : []))),
    notes: [...new Map([...byUrl, ...byId].map((a) => [a.id, a])).values()],
  };
}

function notesOf(notes: Annotation[], url: string, id: string): string[] {
  return notes.filter((a) => (a.url === url || a.articleId === id) && a.body).map((a) => a.body);
}

const sameTags = (a: ArticleSummary, b: ArticleSummary) => a.tags.join('\u0000') === b.tags.join('\u0000');

/** Saves or updates articles; must run inside a rw transaction over ARTICLE_TABLES. */
export async function writeArticles(
  db: LiseuseDatabase,
  inputs: ArticleInput[],
  now: number,
): Promise<WriteOutcome[]> {
  const urls = inputs.map((input) => normalizeUrl(input.url, input.canonicalUrl));
  const found = await lookUp(
    db,
    urls.filter((u): u is string => u !== null),
  );
  const written = new Map<string, ArticleMerge>();
  const outcomes = inputs.map((input, i): WriteOutcome => {
    const url = urls[i];
    if (!url) return new InvalidUrlError(input.url);
    const prev = written.get(url);
    const summary = prev?.summary ?? found.byUrl.get(url);
    const id = summary?.id ?? randomUuid();
    const old = summary ? { summary, content: prev?.content ?? found.contents.get(id) } : undefined;
    const merge = buildArticleRows(id, url, input, now, old);
    // An earlier input of the batch already changed this article: it must still be written.
    written.set(url, {
      ...merge,
      changed: merge.changed || Boolean(prev?.changed),
      contentChanged: merge.contentChanged || Boolean(prev?.contentChanged),
    });
    return { id, created: !summary, changed: merge.changed, keptYours: merge.keptYours };
  });
  const rows = [...written.values()].filter((r) => r.changed);
  await db.articles.bulkPut(rows.map((r) => r.summary));
  await db.contents.bulkPut(rows.filter((r) => r.contentChanged).map((r) => r.content));
  // Search reads title, text, tags and notes: a change of status or favourite leaves its row as it is.
  const searched = (r: ArticleMerge) => {
    const before = found.byUrl.get(r.summary.url);
    return !before || r.contentChanged || before.title !== r.summary.title || !sameTags(before, r.summary);
  };
  await db.search.bulkPut(
    rows.filter(searched).map(({ summary: s, content }) =>
      buildSearchRow({
        id: s.id,
        title: s.title,
        text: content.text,
        tags: s.tags,
        notes: notesOf(found.notes, s.url, s.id),
      }),
    ),
  );
  return outcomes;
}

/** Saves or updates one article; must run inside a rw transaction over ARTICLE_TABLES. */
export async function writeArticle(
  db: LiseuseDatabase,
  input: ArticleInput,
  now: number,
): Promise<SaveResult> {
  const [outcome] = await writeArticles(db, [input], now);
  if (!outcome || outcome instanceof InvalidUrlError) throw outcome ?? new InvalidUrlError(input.url);
  return { id: outcome.id, created: outcome.created };
}
