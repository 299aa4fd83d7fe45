import { afterEach, beforeEach, expect, it } from 'vitest';
import { saveArticle, updateArticle } from '@/utils/store/articles';
import type { LiseuseDatabase } from '@/utils/store/database';
import { listArticleIds, listArticles, listSites, listTags } from '@/utils/store/list';
import { articleWith, englishArticle, frenchArticle } from '../../fixtures/db/articles';
import { freshDatabase } from './test-db';

let db: LiseuseDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

it('lists newest first and filters by status, favourite, tag, site and entity', async () => {
  const fr = await saveArticle(db, { ...frenchArticle, savedAt: 10 });
  const en = await saveArticle(db, { ...englishArticle, savedAt: 30 });
  const blog = await saveArticle(db, articleWith('p', 'Blog', 'text', { savedAt: 20, tags: ['perso'] }));
  await updateArticle(db, en.id, { favorite: true, status: 'archived', tags: ['sécurité'] });
  expect(await listArticleIds(db)).toEqual([en.id, blog.id, fr.id]);
  expect(await listArticleIds(db, { status: 'unread' })).toEqual([blog.id, fr.id]);
  expect(await listArticleIds(db, { favorite: true })).toEqual([en.id]);
  expect(await listArticleIds(db, { tag: 'sécurité' })).toEqual([en.id]);
  expect(await listArticleIds(db, { site: 'exemple-tech.fr' })).toEqual([fr.id]);
  expect(await listArticleIds(db, { entity: 'MICROSOFT' })).toEqual([en.id]);
  expect(await listArticleIds(db, { entity: 'Etats-Unis', status: 'archived' })).toEqual([]);
  expect((await listArticles(db, { offset: 1, limit: 1 })).map((a) => a.id)).toEqual([blog.id]);
  expect(await listTags(db)).toEqual(['perso', 'sécurité']);
  expect(await listSites(db)).toEqual(['blog.example.org', 'exemple-tech.fr', 'news.example.com']);
});
