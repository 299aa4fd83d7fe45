import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  deleteAnnotation,
  listAllAnnotations,
  listAnnotations,
  putAnnotation,
} from '@/utils/store/annotations';
import { saveArticle } from '@/utils/store/articles';
import type { LiseuseDatabase } from '@/utils/store/database';
import { searchArticles } from '@/utils/store/search-articles';
import type { Annotation } from '@/utils/store/types';
import { englishArticle } from '../../fixtures/db/articles';
import { freshDatabase } from './test-db';

let db: LiseuseDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

const url = 'https://news.example.com/security/storm-keys';
const note = (id: string, body: string, created: number): Annotation => ({
  id,
  url,
  target: {
    source: url,
    selector: [{ type: 'TextQuoteSelector', exact: 'stolen key', prefix: 'used a ', suffix: '.' }],
  },
  body,
  color: 'yellow',
  tags: ['t'],
  created,
  modified: created,
});

it('stores annotations by URL, links them to the saved article and indexes their notes', async () => {
  const { id } = await saveArticle(db, englishArticle);
  await putAnnotation(db, note('b', 'second', 2));
  const first = await putAnnotation(db, note('a', 'vérifier la signature', 1));
  expect(first.articleId).toBe(id);
  expect((await listAnnotations(db, url)).map((a) => a.id)).toEqual(['a', 'b']);
  expect((await listAllAnnotations(db)).map((a) => a.id)).toEqual(['b', 'a']);
  expect((await searchArticles(db, 'verifier')).map((h) => h.id)).toEqual([id]);
  expect((await deleteAnnotation(db, 'a'))?.body).toBe('vérifier la signature');
  expect(await searchArticles(db, 'verifier')).toEqual([]);
  expect(await deleteAnnotation(db, 'a')).toBeUndefined();
});

it('keeps notes found by search when the article is saved after annotating', async () => {
  await putAnnotation(db, note('a', 'marginalia', 1));
  const { id } = await saveArticle(db, englishArticle);
  expect((await searchArticles(db, 'marginalia')).map((h) => h.id)).toEqual([id]);
});
