/**
 * Saved-database test for schema v3 (current): a v3 database with a stored search snapshot and a
 * newer delta row is read back intact, and search sees both.
 */
import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { getArticle } from '@/utils/store/articles';
import { LiseuseDatabase } from '@/utils/store/database';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '@/utils/store/schema';
import { EMPTY_SNAPSHOT, mergeSnapshot } from '@/utils/store/search/inverted-index';
import { searchArticles } from '@/utils/store/search-articles';
import { v3Summary } from './v3-rows';

const name = `migration-v3-${crypto.randomUUID()}`;
afterEach(() => Dexie.delete(name));

const summary = (id: string, title: string, savedAt: number) => v3Summary(id, title, savedAt);

it('reads a v3 database back intact, snapshot and delta together', async () => {
  const inSnapshot = { id: 'old', seq: 10, words: ['nuage', '~nuage'], counts: [2, 1] };
  const inDelta = { id: 'new', seq: 20, words: ['nuageux', 'temps'], counts: [1, 1] };
  const snapshot = mergeSnapshot(EMPTY_SNAPSHOT, [inSnapshot], new Set(), 10);
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  old.version(3).stores(SCHEMA_V3);
  await old.open();
  await old.table('articles').bulkAdd([summary('old', 'Nuage', 1), summary('new', 'Temps', 2)]);
  await old.table('contents').bulkAdd([
    { id: 'old', html: '<p>nuage nuage</p>', text: 'nuage nuage', entities: [], related: [], images: [] },
    { id: 'new', html: '<p>temps nuageux</p>', text: 'temps nuageux', entities: [], related: [], images: [] },
  ]);
  await old.table('search').bulkAdd([inSnapshot, inDelta]);
  await old.table('searchIndex').bulkAdd([
    { key: 'main', seq: 10, snapshot },
    { key: 'meta', seq: 10 },
  ]);
  old.close();

  const db = new LiseuseDatabase(name);
  expect((await getArticle(db, 'old'))?.text).toBe('nuage nuage');
  expect(await db.search.get('new')).toEqual(inDelta);
  expect((await searchArticles(db, 'nuag')).map((h) => h.id)).toEqual(['old', 'new']);
  db.close();
});
