import { afterEach, beforeEach, expect, it } from 'vitest';
import { saveArticle, updateArticle } from '@/utils/store/articles';
import type { LiseuseDatabase } from '@/utils/store/database';
import { firstScreenIds, listArticleIds, listArticles, listSites, listTags } from '@/utils/store/list';
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

it('sorts by date and by length (links without content last), and reads a view’s first screen from an index', async () => {
  const short = await saveArticle(db, articleWith('s', 'Short', 'one two', { savedAt: 10, wordCount: 2 }));
  const long = await saveArticle(db, articleWith('l', 'Long', 'words', { savedAt: 20, wordCount: 900 }));
  const link = await saveArticle(db, { url: 'https://example.com/link', title: 'Link', savedAt: 30 });
  const mid = await saveArticle(db, articleWith('m', 'Mid', 'words', { savedAt: 40, wordCount: 300 }));
  await updateArticle(db, mid.id, { status: 'archived', favorite: true });
  expect(await listArticleIds(db, {}, 'newest')).toEqual([mid.id, link.id, long.id, short.id]);
  expect(await listArticleIds(db, {}, 'oldest')).toEqual([short.id, long.id, link.id, mid.id]);
  expect(await listArticleIds(db, {}, 'longest')).toEqual([long.id, mid.id, short.id, link.id]);
  expect(await listArticleIds(db, {}, 'shortest')).toEqual([short.id, mid.id, long.id, link.id]);
  expect(await listArticleIds(db, { status: 'unread' }, 'longest')).toEqual([long.id, short.id, link.id]);
  expect(await firstScreenIds(db, { status: 'unread' }, 'newest', 2)).toEqual([link.id, long.id]);
  expect(await firstScreenIds(db, { status: 'unread' }, 'oldest', 1)).toEqual([short.id]);
  expect(await firstScreenIds(db, { favorite: true }, 'newest', 5)).toEqual([mid.id]);
  expect(await firstScreenIds(db, {}, 'newest', 1)).toEqual([mid.id]);
  expect(await firstScreenIds(db, { tag: 'x' }, 'newest', 1)).toBeNull();
  expect(await firstScreenIds(db, {}, 'longest', 1)).toBeNull();
});
