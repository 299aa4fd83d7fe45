/**
 * FIREFOX: sync between a Chromium profile and a Firefox ESR profile through a local CouchDB-protocol
 * server (issue #16): an article saved with a note in Chromium arrives in Firefox; a note edited in
 * Firefox comes back to Chromium.
 */

import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SyncServer, startSyncServer } from '@/utils/cli/sync-server';
import { type FirefoxEnv, openPage, startFirefoxEnv } from './support/firefox';
import { type E2eEnv, PAGES_DIR, startE2eEnv } from './support/fixtures';
import { analysis } from './support/library';
import { noteAnnotation } from './support/note-annotation';
import {
  type LibraryState,
  libraryInPage,
  messageInPage,
  readLibrary,
  sendFromPage,
} from './support/sync-helpers';

const CREDS = { username: 'lecteur', password: 'secret-de-test' };
const PASSPHRASE = 'chromium et firefox, même bibliothèque';
const NOTE_ID = 'urn:uuid:0b7e6c52-3d4a-4f1e-8c2b-9a5d7e1f3c20';
const URL = 'https://exemple.org/articles/nuage.html';

let server: SyncServer;
let chromium: E2eEnv;
let firefox: FirefoxEnv;
let libC: Page;
let libF: FirefoxPage;

async function untilState(
  read: () => Promise<LibraryState>,
  check: (s: LibraryState) => boolean,
  nudge: () => Promise<unknown>,
): Promise<LibraryState> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const state = await read();
    if (check(state)) return state;
    if (Date.now() > deadline) throw new Error(`Library never matched: ${JSON.stringify(state)}`);
    await nudge().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 700));
  }
}

beforeAll(async () => {
  server = await startSyncServer(CREDS);
  chromium = await startE2eEnv({ locale: 'en-US', uiLanguage: 'en-US' });
  firefox = await startFirefoxEnv(PAGES_DIR);
  libC = await chromium.browser.context.newPage();
  // The Sync section lives in the library's settings view.
  await libC.goto(`chrome-extension://${chromium.extensionId}/library.html?view=settings`);
  libF = await openPage(firefox, firefox.extensionUrl('library.html?view=settings'));
});

afterAll(async () => {
  await Promise.all([chromium?.close(), firefox?.close()]);
  await server?.close();
});

describe('sync between Chromium and Firefox', () => {
  it('brings an article and its note saved in Chromium to Firefox', async () => {
    const text = 'Le nuage souverain progresse. Les données restent en Europe, chiffrées de bout en bout.';
    const saved = await sendFromPage(libC, 'article/save', {
      analysis: analysis('nuage', 'Le nuage souverain', text, { url: URL }),
    });
    expect(saved.ok).toBe(true);
    const noted = await sendFromPage(libC, 'annotations/create', {
      annotation: noteAnnotation(NOTE_ID, URL, 'chiffrées de bout en bout', 'Vérifier qui détient les clés.'),
    });
    expect(noted.ok).toBe(true);
    const settings = { url: `${server.url}/partage`, ...CREDS, passphrase: PASSPHRASE };

    // Chromium through its settings form, Firefox through the same form driven by puppeteer.
    await libC.getByTestId('sync-url').fill(settings.url);
    await libC.getByTestId('sync-username').fill(settings.username);
    await libC.getByTestId('sync-password').fill(settings.password);
    await libC.getByTestId('sync-passphrase').fill(settings.passphrase);
    await libC.getByTestId('sync-start').click();
    await expect
      .poll(() => libC.getByTestId('sync-status').textContent(), { timeout: 30_000 })
      .toMatch(/Last synced/);
    await libF.waitForSelector('[data-testid="sync-url"]');
    await libF.type('[data-testid="sync-url"]', settings.url);
    await libF.type('[data-testid="sync-username"]', settings.username);
    await libF.type('[data-testid="sync-password"]', settings.password);
    await libF.type('[data-testid="sync-passphrase"]', settings.passphrase);
    await libF.click('[data-testid="sync-start"]');
    // Firefox knows what sync sends (data-collection permissions; the e2e build requires them, as no test
    // can click the prompt a release build shows at Start).
    const granted = await libF.evaluate(() =>
      (
        globalThis as unknown as {
          browser: { permissions: { getAll(): Promise<{ data_collection?: string[] }> } };
        }
      ).browser.permissions.getAll(),
    );
    expect(granted.data_collection).toEqual(expect.arrayContaining(['browsingActivity', 'websiteContent']));

    const state = await untilState(
      () => libF.evaluate(libraryInPage),
      (s) => s.articles.length === 1 && s.annotations.length === 1,
      () => libF.evaluate(messageInPage, ['sync/now', {}] as const),
    );
    expect(state.articles[0]).toMatchObject({ url: URL, title: 'Le nuage souverain' });
    expect(state.annotations[0]).toMatchObject({ id: NOTE_ID, body: 'Vérifier qui détient les clés.' });
  });

  it('brings a note edited in Firefox back to Chromium', async () => {
    const reply = await libF.evaluate(messageInPage, [
      'annotations/update',
      { id: NOTE_ID, changes: { note: 'Modifiée dans Firefox.' } },
    ] as const);
    expect(reply.ok).toBe(true);
    await untilState(
      () => readLibrary(libC),
      (s) => s.annotations[0]?.body === 'Modifiée dans Firefox.',
      () => sendFromPage(libC, 'sync/now', {}),
    );
  });
});
