/**
 * Sync for real (issue #16): two Chromium profiles with the built extension and a CouchDB-protocol
 * server on 127.0.0.1. An article saved and highlighted in A appears with its note in B; with the
 * server stopped both edit the same article and note, and once it is back both converge with nothing
 * lost; a deletion in B reaches A; the server stores no plain text of the article.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArticleWithPopup } from '@/utils/cli/popup-page';
import { type SyncServer, startSyncServer } from '@/utils/cli/sync-server';
import { type E2eEnv, startE2eEnv } from './support/fixtures';
import { noteAnnotation } from './support/note-annotation';
import { type LibraryState, readLibrary, sendFromPage } from './support/sync-helpers';

const CREDS = { username: 'lectrice', password: 'mot-de-passe' };
const PASSPHRASE = 'une phrase secrète assez longue';
const PASSAGE = 'une attaque par pulvérisation de mots de passe';
const NOTE = 'Pulvérisation : un mot de passe courant essayé sur beaucoup de comptes.';
const NOTE_ID = 'urn:uuid:5e2c1f3a-7b1d-4c55-9a0e-3f8b6d2a9c11';
const TITLE = 'Midnight Blizzard';

let server: SyncServer;
let a: E2eEnv;
let b: E2eEnv;
// Each browser keeps its settings view open (the Sync section: start, sync now, status) and a second
// library page for the list, the reader and the highlights views.
let libA: Page;
let libB: Page;
let viewA: Page;
let viewB: Page;
let articleUrl: string;

async function openLibrary(env: E2eEnv, view = 'settings'): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(`chrome-extension://${env.extensionId}/library.html${view ? `?view=${view}` : ''}`);
  await page.getByTestId(view === 'settings' ? 'sync-settings' : 'library-count').waitFor();
  return page;
}

/** Shows library view `view` ('' for the list) in `page`. */
async function showView(page: Page, view: string): Promise<void> {
  const id = new URL(page.url()).host;
  await page.goto(`chrome-extension://${id}/library.html${view ? `?view=${view}` : ''}`);
}

async function startSyncIn(page: Page): Promise<void> {
  await page.getByTestId('sync-url').fill(`${server.url}/bibliotheque`);
  await page.getByTestId('sync-username').fill(CREDS.username);
  await page.getByTestId('sync-password').fill(CREDS.password);
  await page.getByTestId('sync-passphrase').fill(PASSPHRASE);
  await page.getByTestId('sync-start').click();
  await expect
    .poll(() => page.getByTestId('sync-status').textContent(), { timeout: 30_000 })
    .toMatch(/Last synced/);
}

const syncNow = (page: Page) => page.getByTestId('sync-now').click();

/** Waits until `check` holds on the page's library, pressing "Sync now" between looks. */
async function until(
  page: Page,
  check: (s: LibraryState) => boolean,
  timeout = 45_000,
): Promise<LibraryState> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await readLibrary(page);
    if (check(state)) return state;
    if (Date.now() > deadline) throw new Error(`Library never matched: ${JSON.stringify(state)}`);
    await syncNow(page).catch(() => undefined);
    await page.waitForTimeout(700);
  }
}

async function openInReader(page: Page, title: string): Promise<void> {
  await showView(page, 'all');
  await page.getByTestId('library-item').filter({ hasText: title }).first().click();
  await page.getByTestId('reader-archive').waitFor();
}

beforeAll(async () => {
  server = await startSyncServer(CREDS);
  a = await startE2eEnv({ locale: 'en-US', uiLanguage: 'en-US' });
  b = await startE2eEnv({ locale: 'en-US', uiLanguage: 'en-US' });
  articleUrl = a.pageUrl('fr-tech-article.html');
  [libA, libB] = await Promise.all([openLibrary(a), openLibrary(b)]);
  [viewA, viewB] = await Promise.all([openLibrary(a, ''), openLibrary(b, '')]);
});

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await server?.close();
});

describe('sync between two browsers', () => {
  it('brings an article saved and highlighted in A, with its note, to B', async () => {
    const sw = a.browser.serviceWorker;
    if (!sw) throw new Error('no service worker');
    const { popup, article } = await openArticleWithPopup(a.browser.context, sw, a.extensionId, articleUrl);
    await popup.getByTestId('save-button').click();
    await popup.getByTestId('saved-state').waitFor({ timeout: 15_000 });
    await Promise.all([popup.close(), article.close()]);
    const created = await sendFromPage(libA, 'annotations/create', {
      annotation: noteAnnotation(NOTE_ID, articleUrl, PASSAGE, NOTE),
    });
    expect(created.ok).toBe(true);

    await startSyncIn(libA);
    await startSyncIn(libB);
    const state = await until(libB, (s) => s.articles.length === 1 && s.annotations.length === 1);
    expect(state.articles[0]?.title).toContain(TITLE);
    expect(state.annotations[0]).toMatchObject({ id: NOTE_ID, body: NOTE, color: 'green' });
    // B shows it: in its library list and in its highlights.
    await showView(viewB, '');
    await viewB.getByTestId('library-item').filter({ hasText: TITLE }).first().waitFor();
    await showView(viewB, 'highlights');
    await viewB.getByTestId('all-highlights').getByText(NOTE).waitFor();
  });

  it('stores only ciphertext on the server', async () => {
    const stored = await server.dump('bibliotheque');
    for (const secret of [TITLE, PASSAGE, NOTE, 'Microsoft', 'fr-tech-article', '127.0.0.1'])
      expect(stored.includes(secret), secret).toBe(false);
  });

  it('converges with nothing lost after both edit the same article while the server is down', async () => {
    await server.stop();
    await openInReader(viewA, TITLE);
    await viewA.getByTestId('reader-archive').click();
    await sendFromPage(libA, 'annotations/update', {
      id: NOTE_ID,
      changes: { note: 'Écrit sur A pendant la coupure' },
    });
    await openInReader(viewB, TITLE);
    await viewB.getByTestId('reader-favorite').click();
    await sendFromPage(libB, 'annotations/update', {
      id: NOTE_ID,
      changes: { note: 'Écrit sur B pendant la coupure' },
    });
    await viewA.getByTestId('reader-back').click();
    await libA.getByTestId('sync-now').click();
    await expect
      .poll(() => libA.getByTestId('sync-status').textContent(), { timeout: 20_000 })
      .toMatch(/cannot be reached/);
    expect(await libA.getByTestId('sync-status').textContent()).toMatch(/Changes waiting to be sent: [1-9]/);

    await server.resume();
    const converged = (s: LibraryState) =>
      s.articles[0]?.status === 'archived' &&
      s.articles[0]?.favorite === 1 &&
      s.annotations.length === 2 &&
      s.annotations.some((n) => n.conflictOf === NOTE_ID);
    await viewB.getByTestId('reader-back').click();
    const [stateA, stateB] = [await until(libA, converged), await until(libB, converged)];
    const notes = (s: LibraryState) => s.annotations.map((n) => n.body).sort();
    expect(notes(stateA)).toEqual(['Écrit sur A pendant la coupure', 'Écrit sur B pendant la coupure']);
    expect(notes(stateB)).toEqual(notes(stateA));
    expect(stateB.annotations.map((n) => n.id).sort()).toEqual(stateA.annotations.map((n) => n.id).sort());
    // The reader sees which note is the other version.
    await showView(viewA, 'highlights');
    await viewA.getByTestId('all-highlights').getByTestId('highlight-conflict').first().waitFor();
    // The other device learns of the second version on its next cycle, seconds later on a loaded machine.
    for (const lib of [libA, libB])
      await expect
        .poll(() => lib.getByTestId('sync-status').textContent(), { timeout: 20_000 })
        .toMatch(/both versions kept/);
  });

  it('carries a deletion made in B to A', async () => {
    await openInReader(viewB, TITLE);
    await viewB.getByTestId('reader-delete').click();
    await until(libB, (s) => s.articles.length === 0);
    await until(libA, (s) => s.articles.length === 0);
  });
});
