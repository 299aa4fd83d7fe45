/**
 * Saved-database test for schema v4: a v3 database (rows without per-field times) opened by the
 * current code keeps every row, gains explicit field times at each row's `updatedAt`, and the new
 * indexes (views, length sorts) and the thumbnails table answer.
 */
import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { getArticle } from '@/utils/store/articles';
import { LiseuseDatabase } from '@/utils/store/database';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '@/utils/store/schema';
import { buildSearchRow } from '@/utils/store/search/index-terms';
import { searchArticles } from '@/utils/store/search-articles';
import { v3Summary } from './v3-rows';

const name = `migration-v4-${crypto.randomUUID()}`;
afterEach(() => Dexie.delete(name));

const row = (id: string, title: string, words: number, status: 'unread' | 'archived') =>
  v3Summary(id, title, words, {
    wordCount: words,
    updatedAt: 1_700_000_000_000 + words,
    status,
    tags: ['t'],
    progress: 0.5,
  });

it('upgrades a v3 database: rows kept, field times explicit, new indexes answer', async () => {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  old.version(3).stores(SCHEMA_V3);
  await old.open();
  const rows = [row('a', 'Court', 100, 'unread'), row('b', 'Long', 900, 'archived')];
  await old.table('articles').bulkAdd(rows);
  await old.table('contents').bulkAdd(
    rows.map((r) => ({
      id: r.id,
      html: '<p>nuage</p>',
      text: 'nuage',
      entities: [],
      related: [],
      images: [],
    })),
  );
  await old
    .table('search')
    .bulkAdd(rows.map((r, i) => ({ ...buildSearchRow({ ...r, text: 'nuage', notes: [] }), seq: i + 1 })));
  old.close();

  const db = new LiseuseDatabase(name);
  const a = await getArticle(db, 'a');
  expect(a).toMatchObject({ title: 'Court', progress: 0.5, tags: ['t'], text: 'nuage' });
  expect(a?.fieldTimes).toEqual({
    title: a?.updatedAt,
    content: a?.updatedAt,
    meta: a?.updatedAt,
    status: a?.updatedAt,
    favorite: a?.updatedAt,
    tags: a?.updatedAt,
    progress: a?.updatedAt,
    position: a?.updatedAt,
  });
  expect(await db.articles.orderBy('wordCount').primaryKeys()).toEqual(['a', 'b']);
  expect(
    await db.articles
      .where('[status+savedAt]')
      .between(['archived', 0], ['archived', Infinity])
      .primaryKeys(),
  ).toEqual(['b']);
  expect(await db.thumbnails.count()).toBe(0);
  expect((await searchArticles(db, 'nuage')).map((h) => h.id).sort()).toEqual(['a', 'b']);
  db.close();
});
