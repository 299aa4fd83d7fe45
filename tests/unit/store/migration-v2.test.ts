/**
 * Saved-database test for schema v2: rows written with the v2 schema by plain Dexie are read back
 * intact by the current code (search rows converted to the v3 shape, still found by search).
 */
import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { listAnnotations } from '@/utils/store/annotations';
import { getArticle } from '@/utils/store/articles';
import { LiseuseDatabase } from '@/utils/store/database';
import { allFieldsAt } from '@/utils/store/merge/field-times';
import { SCHEMA_V1, SCHEMA_V2 } from '@/utils/store/schema';
import { searchArticles } from '@/utils/store/search-articles';
import type { Annotation, ArticleContent, ArticleSummary } from '@/utils/store/types';

const name = `migration-v2-${crypto.randomUUID()}`;
afterEach(() => Dexie.delete(name));

const summary: ArticleSummary = {
  id: 'b2',
  url: 'https://news.example.com/keys',
  originalUrl: 'https://news.example.com/keys',
  canonicalUrl: null,
  title: 'Stolen keys',
  byline: null,
  siteName: null,
  site: 'news.example.com',
  lang: 'en',
  publishedTime: null,
  excerpt: null,
  leadImage: null,
  wordCount: 3,
  readingTimeMinutes: 1,
  savedAt: 1,
  updatedAt: 2,
  status: 'unread',
  favorite: 1,
  tags: ['security'],
  entityKeys: ['microsoft'],
  progress: 0.5,
  position: 0.25,
  hasContent: true,
  source: 'pocket',
};
const content: ArticleContent = {
  id: 'b2',
  html: '<p>Microsoft keys</p>',
  text: 'Microsoft keys',
  entities: [],
  related: [],
  images: [],
};
const search = {
  id: 'b2',
  words: ['microsoft', 'keys', 'stolen', 'security', '~stolen', '#security'],
  terms: ['keys', 'microsoft'],
  counts: [1, 3],
};
const annotation: Annotation = {
  id: 'n1',
  url: 'https://news.example.com/keys',
  target: {
    source: 'https://news.example.com/keys',
    selector: [{ type: 'TextQuoteSelector', exact: 'keys', prefix: 'Microsoft ', suffix: '' }],
  },
  body: 'a note',
  color: 'yellow',
  tags: [],
  created: 3,
  modified: 4,
  articleId: 'b2',
};

it('reads a v2 database back intact', async () => {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  await old.open();
  await old.table('articles').add(summary);
  await old.table('contents').add(content);
  await old.table('search').add(search);
  await old.table('annotations').add(annotation);
  old.close();

  const db = new LiseuseDatabase(name);
  expect(await getArticle(db, 'b2')).toEqual({
    ...summary,
    fieldTimes: allFieldsAt(summary.updatedAt),
    html: content.html,
    text: content.text,
    entities: [],
    related: [],
    images: [],
  });
  const row = await db.search.get('b2');
  expect(row).toMatchObject({
    id: 'b2',
    words: ['#security', 'keys', 'microsoft', 'security', 'stolen', '~stolen'],
    counts: [1, 1, 3, 1, 1, 1],
  });
  expect(row?.seq).toBeGreaterThan(0);
  expect((await searchArticles(db, 'microsoft stol')).map((h) => h.id)).toEqual(['b2']);
  expect(await listAnnotations(db, summary.url)).toEqual([annotation]);
  db.close();
});
