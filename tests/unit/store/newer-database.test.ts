import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { getArticle, isNewerDatabaseError, LiseuseDatabase, saveArticle } from '@/utils/store';

/** A database as a later Liseuse would leave it: a higher version with a table this one does not know. */
async function fromTheFuture(name: string): Promise<void> {
  const later = new Dexie(name);
  later.version(9).stores({ articles: 'id, &url', contents: 'id', sync: 'id' });
  await later.open();
  later.close();
}

describe('a database from a newer Liseuse', () => {
  it('is refused with a clear error instead of half working', async () => {
    const name = `future-${crypto.randomUUID()}`;
    await fromTheFuture(name);
    const db = new LiseuseDatabase(name);
    const read = await getArticle(db, 'x').catch((err: unknown) => err);
    expect(isNewerDatabaseError(read)).toBe(true);
    expect(String((read as Error).message)).toMatch(/newer version of Liseuse/);
    const write = await saveArticle(db, { url: 'https://example.org/a', title: 'A' }).catch(
      (e: unknown) => e,
    );
    expect(isNewerDatabaseError(write)).toBe(true);
    await Dexie.delete(name);
  });

  it('is refused too when a newer Liseuse upgrades it while this one has it open', async () => {
    const name = `upgraded-${crypto.randomUUID()}`;
    const db = new LiseuseDatabase(name);
    const saved = await saveArticle(db, { url: 'https://example.org/a', title: 'A' });
    // Dexie closes its connection for the upgrade, then opens the database again on the next query.
    await fromTheFuture(name);
    const write = await saveArticle(db, { url: 'https://example.org/b', title: 'B' }).catch(
      (e: unknown) => e,
    );
    expect(isNewerDatabaseError(write)).toBe(true);
    const read = await getArticle(db, saved.id).catch((err: unknown) => err);
    expect(isNewerDatabaseError(read)).toBe(true);
    await Dexie.delete(name);
  });

  it('opens the current version as usual', async () => {
    const db = new LiseuseDatabase(`now-${crypto.randomUUID()}`);
    const saved = await saveArticle(db, { url: 'https://example.org/a', title: 'A' });
    expect((await getArticle(db, saved.id))?.title).toBe('A');
    await db.delete();
  });
});
