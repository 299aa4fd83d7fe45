/** Several articles at once (the library's multi-select): patch with undo, delete with undo. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { getArticle, saveArticle, updateArticles } from '@/utils/store/articles';
import type { LiseuseDatabase } from '@/utils/store/database';
import { deleteArticles, restoreArticles } from '@/utils/store/delete-articles';
import { searchArticles } from '@/utils/store/search-articles';
import { articleWith } from '../../fixtures/db/articles';
import { freshDatabase } from './test-db';

let db: LiseuseDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

it('archives and tags several articles, returning the rows before for undo, and stamps the fields', async () => {
  const a = await saveArticle(db, articleWith('a', 'Alpha', 'nuage', { tags: ['x'] }));
  const b = await saveArticle(db, articleWith('b', 'Beta', 'nuage'));
  const before = await updateArticles(db, [a.id, b.id, 'gone'], (row) => ({ tags: [...row.tags, 'lu'] }));
  expect(before.map((r) => r.tags)).toEqual([['x'], []]);
  expect((await getArticle(db, a.id))?.tags).toEqual(['x', 'lu']);
  expect((await searchArticles(db, 'lu ')).map((h) => h.id).sort()).toEqual([a.id, b.id].sort());
  const archived = await updateArticles(db, [a.id, b.id], (row) =>
    row.id === b.id ? { status: 'archived' } : null,
  );
  expect(archived.map((r) => r.id)).toEqual([b.id]);
  const row = await getArticle(db, b.id);
  expect(row?.status).toBe('archived');
  expect(row?.fieldTimes?.status).toBeGreaterThanOrEqual(row?.fieldTimes?.title ?? Infinity);
  // Undo: the previous values, as a patch.
  const previous = new Map(before.map((r) => [r.id, r]));
  await updateArticles(db, [a.id, b.id], (r) => ({ tags: previous.get(r.id)?.tags ?? r.tags }));
  expect((await getArticle(db, a.id))?.tags).toEqual(['x']);
});

it('deletes several articles and puts them back exactly', async () => {
  const ids = await Promise.all(['a', 'b', 'c'].map((p) => saveArticle(db, articleWith(p, p, `texte ${p}`))));
  const deleted = await deleteArticles(db, [ids[0]?.id ?? '', ids[2]?.id ?? '']);
  expect(deleted).toHaveLength(2);
  expect(await db.articles.count()).toBe(1);
  await restoreArticles(db, deleted);
  expect(await db.articles.count()).toBe(3);
  expect((await getArticle(db, ids[2]?.id ?? ''))?.text).toBe('texte c');
  expect((await searchArticles(db, 'texte')).length).toBe(3);
});
