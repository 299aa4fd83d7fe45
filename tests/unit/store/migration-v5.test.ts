/**
 * Saved-database test for schema v5 (sync): a v3 or v4 library opens as v5 with every row intact
 * (field times, thumbnails, notes) and the sync tables empty; writes are recorded in the outbox from
 * then on. (v1 and v2 libraries go through every step: migration-v1/v2 tests open them as the current version.)
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  getArticle,
  getThumbnails,
  LiseuseDatabase,
  listAnnotations,
  readOutbox,
  updateArticle,
} from '@/utils/store';
import { allFieldsAt } from '@/utils/store/merge/field-times';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from '@/utils/store/schema';
import { v3Summary } from './v3-rows';

const name = `migration-v5-${crypto.randomUUID()}`;
afterEach(() => Dexie.delete(name));

const content = { id: 'a1', html: '<p>x</p>', text: 'x', entities: [], related: [], images: [] };
const note = {
  id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
  url: 'https://x.fr/a1',
  articleId: 'a1',
  target: { source: 'https://x.fr/a1', selector: [{ type: 'TextQuoteSelector', exact: 'x' }] },
  body: 'mine',
  color: 'yellow',
  tags: [],
  created: 1,
  modified: 1,
};

/** Writes a library at `version` (3 or 4) with plain Dexie, as that release left it. */
async function writeOld(version: 3 | 4): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  old.version(3).stores(SCHEMA_V3);
  if (version === 4) old.version(4).stores(SCHEMA_V4);
  await old.open();
  const times = version === 4 ? { fieldTimes: { ...allFieldsAt(5), status: 9 } } : {};
  await old.table('articles').add(v3Summary('a1', 'Ancien', 5, { status: 'archived', ...times }));
  await old.table('contents').add(content);
  await old.table('annotations').add(note);
  if (version === 4) await old.table('thumbnails').add({ id: 'a1', blob: null, source: null });
  old.close();
}

describe.each([3, 4] as const)('a v%s library', (version) => {
  it('opens as v5 with its rows intact and empty sync tables, then records changes', async () => {
    await writeOld(version);
    const db = new LiseuseDatabase(name);
    const article = await getArticle(db, 'a1');
    expect(db.verno).toBe(5);
    expect(article).toMatchObject({ title: 'Ancien', status: 'archived', text: 'x' });
    // v4 kept its own field times; a v3 row gets them all at its only time.
    expect(article?.fieldTimes).toEqual(version === 4 ? { ...allFieldsAt(5), status: 9 } : allFieldsAt(5));
    expect((await listAnnotations(db, 'https://x.fr/a1')).map((a) => a.body)).toEqual(['mine']);
    if (version === 4)
      expect(await getThumbnails(db, ['a1'])).toEqual([{ id: 'a1', blob: null, source: null }]);
    expect(await db.syncDocs.count()).toBe(0);
    expect(await db.syncMeta.count()).toBe(0);
    expect(await readOutbox(db, 10)).toEqual([]);
    await updateArticle(db, 'a1', { status: 'unread' });
    expect((await readOutbox(db, 10)).flatMap((e) => e.keys)).toEqual(['article:a1']);
    db.close();
  });
});
