/**
 * The outbox records every local change to a synced table in the same transaction (issue #16): saves,
 * patches, deletions (including images deleted by range), notes and images, whoever writes them.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  clearOutboxRows,
  deleteAnnotation,
  deleteArticle,
  hasPendingChange,
  type LiseuseDatabase,
  putAnnotation,
  putImages,
  readOutbox,
  saveArticle,
  tidyOutbox,
  updateArticle,
} from '@/utils/store';
import { englishArticle } from '../../fixtures/db/articles';
import { freshDatabase } from './test-db';

let db: LiseuseDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

const keys = async () => [...new Set((await readOutbox(db, 100)).flatMap((e) => e.keys))].sort();

const annotation = (url: string) => ({
  id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
  url,
  target: { source: url, selector: [{ type: 'TextQuoteSelector' as const, exact: 'keys' }] },
  body: 'a note',
  color: 'yellow',
  tags: [],
  created: 1,
  modified: 1,
});

it('records saves, patches, images, notes and deletions as outbox keys', async () => {
  const { id } = await saveArticle(db, englishArticle);
  expect(await keys()).toEqual([`article:${id}`]);
  const [entry] = await readOutbox(db, 1);
  if (!entry) throw new Error('no entry');
  expect(entry.at).toBeGreaterThan(0);

  await db.outbox.clear();
  await putImages(db, [
    { articleId: id, url: 'https://x/i.png', status: 'stored', blob: null, error: null, fetchedAt: 1 },
  ]);
  const saved = await db.articles.get(id);
  await putAnnotation(db, annotation(saved?.url ?? ''));
  expect(await keys()).toEqual([`annotation:${annotation('').id}`, `images:${id}`]);

  await db.outbox.clear();
  await updateArticle(db, id, { status: 'archived' });
  await deleteAnnotation(db, annotation('').id);
  await deleteArticle(db, id);
  expect(await keys()).toEqual([`annotation:${annotation('').id}`, `article:${id}`, `images:${id}`]);
});

it('writes one row per write, and a commit deletes only the rows it read', async () => {
  const { id } = await saveArticle(db, englishArticle);
  // The summary and content rows of a save are one write of one item.
  expect((await readOutbox(db, 10)).map((r) => r.keys)).toEqual([[`article:${id}`], [`article:${id}`]]);
  const read = await readOutbox(db, 10);
  await updateArticle(db, id, { favorite: true });
  await clearOutboxRows(db, read);
  expect(await hasPendingChange(db, `article:${id}`)).toBe(true);
  await clearOutboxRows(db, await readOutbox(db, 10));
  expect(await hasPendingChange(db, `article:${id}`)).toBe(false);
});

it('fails loudly when a transaction over a synced table leaves the outbox out', async () => {
  const { id } = await saveArticle(db, englishArticle);
  const row = await db.articles.get(id);
  await expect(
    db.transaction('rw', db.articles, () => db.articles.put({ ...(row as object), title: 'x' } as never)),
  ).rejects.toThrow();
  expect((await db.articles.get(id))?.title).toBe(englishArticle.title);
});

it('stays small while nothing sends it: emptied without sync, folded when sync is stopped', async () => {
  const { id } = await saveArticle(db, englishArticle);
  for (let i = 1; i <= 120; i++) await updateArticle(db, id, { progress: i / 200 });
  expect((await readOutbox(db, 1000)).length).toBeGreaterThan(100);
  await tidyOutbox(db, true);
  const folded = await readOutbox(db, 1000);
  expect(folded.flatMap((r) => r.keys)).toEqual([`article:${id}`]);
  await tidyOutbox(db, false);
  expect(await readOutbox(db, 1000)).toEqual([]);
});
