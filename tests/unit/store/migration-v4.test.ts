/**
 * Saved-database test for schema v4 (sync): a v3 database opens as v4 with its rows intact and the
 * sync tables empty; later writes are recorded in the outbox.
 */
import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { getArticle, LiseuseDatabase, readOutbox, updateArticle } from '@/utils/store';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '@/utils/store/schema';
import { storedSummary } from './test-db';

const name = `migration-v4-${crypto.randomUUID()}`;
afterEach(() => Dexie.delete(name));

it('opens a v3 library as v4 with empty sync tables, and records changes from then on', async () => {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  old.version(3).stores(SCHEMA_V3);
  await old.open();
  await old.table('articles').add(storedSummary('a1', 'Ancien', 1));

  await old
    .table('contents')
    .add({ id: 'a1', html: '<p>x</p>', text: 'x', entities: [], related: [], images: [] });
  old.close();

  const db = new LiseuseDatabase(name);
  expect((await getArticle(db, 'a1'))?.title).toBe('Ancien');
  expect(db.verno).toBe(4);
  expect(await db.syncDocs.count()).toBe(0);
  expect(await readOutbox(db, 10)).toEqual([]);
  await updateArticle(db, 'a1', { status: 'archived' });
  expect((await readOutbox(db, 10)).flatMap((e) => e.keys)).toEqual(['article:a1']);
  db.close();
});
