/**
 * A synced article's HTML is stored as every stored HTML is: rebuilt from the allowlist on arrival (whoever
 * holds the key can send any HTML), and the document goes on syncing afterwards (its rows match its shadow).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SyncServer, startSyncServer } from '@/utils/cli/sync-server';
import { findArticleByUrl, type LiseuseDatabase, saveArticle, updateArticle } from '@/utils/store';
import { readStatus, startSync, syncNow } from '@/utils/sync';
import { expectInert, HOSTILE_VECTORS } from '../article/extract/hostile-html';
import { freshDatabase } from '../store/test-db';

let server: SyncServer;
let a: LiseuseDatabase;
let b: LiseuseDatabase;
const creds = { username: 'reader', password: 'pw' };
const URL = 'https://news.example.com/a/forged';
const ITERATIONS = 100_000;
const HTML = `<p>Kept text</p>${HOSTILE_VECTORS.join('')}`;

const html = async (db: LiseuseDatabase) => {
  const row = await findArticleByUrl(db, URL);
  return (await db.contents.get(row?.id ?? ''))?.html ?? '';
};

beforeAll(async () => {
  server = await startSyncServer(creds);
  [a, b] = [freshDatabase(), freshDatabase()];
  const settings = { url: `${server.url}/library`, ...creds, passphrase: 'une phrase de passe' };
  await startSync(a, settings, { iterations: ITERATIONS });
  await startSync(b, settings, { iterations: ITERATIONS });
});
afterAll(async () => {
  await Promise.all([a?.delete(), b?.delete()]);
  await server?.close();
});

describe('synced article HTML', () => {
  it('stores a received hostile article sanitised', async () => {
    // The store writes what it is given: device A stands for any holder of the key sending hostile HTML.
    await saveArticle(a, { url: URL, title: 'Forged', html: HTML, text: 'Kept text' });
    await syncNow(a);
    await syncNow(b);
    expect(await html(b)).toContain('<p>Kept text</p>');
    expectInert(await html(b));
  });

  it('keeps syncing the document after sanitising it: an edit on B travels, with the clean HTML', async () => {
    const id = (await findArticleByUrl(b, URL))?.id ?? '';
    await updateArticle(b, id, { tags: ['lu'] });
    await syncNow(b);
    await syncNow(a);
    expect((await readStatus(b)).waiting).toBe(0);
    expect((await findArticleByUrl(a, URL))?.tags).toEqual(['lu']);
    expectInert(await html(a));
  });
});
