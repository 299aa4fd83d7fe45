/**
 * Import end to end in Chromium with the e2e build: the library page's import panel reads a Pocket
 * export zip the test builds (two part files, one with the extra `cursor` column, a `javascript:`
 * row), reports the bad row with its line, and the imported links are listed and found by an
 * accent-free search. Nothing is fetched: the imported items are links without content.
 */
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, launchChromium } from '@/utils/cli/launch-chromium';
import { E2E_EXTENSION_DIR } from './support/fixtures';

let browser: LaunchedBrowser;
let library: Page;
let libraryUrl: string;
const requests: string[] = [];

function pocketZip(): Buffer {
  const part0 = [
    'title,url,time_added,tags,status',
    '"Sécurité du cloud : la clé volée",https://www.exemple-tech.fr/cle-volee?utm_source=pocket,1700000000,sécurité|cloud,unread',
    'Un lien piégé,javascript:alert(1),1700000100,,unread',
    '"Lecture, archivée",https://www.exemple-tech.fr/archive,1700000200,,archive',
  ].join('\r\n');
  const part1 = [
    'title,url,time_added,cursor,tags,status',
    'Les États-Unis et l’IA,https://www.exemple-tech.fr/ia,1700000300,abc,ia,unread',
  ].join('\n');
  return Buffer.from(
    zipSync({ 'Pocket/part_000000.csv': strToU8(part0), 'Pocket/part_000001.csv': strToU8(part1) }),
  );
}

beforeAll(async () => {
  browser = await launchChromium({ extensionDir: E2E_EXTENSION_DIR });
  if (!browser.extensionId)
    throw new Error('The extension did not load: run `npx wxt build --mode e2e` first.');
  libraryUrl = `chrome-extension://${browser.extensionId}/library.html`;
  library = await browser.context.newPage();
  library.on('request', (r) => {
    if (!r.url().startsWith('chrome-extension://')) requests.push(r.url());
  });
  await library.goto(`${libraryUrl}?view=settings`);
});

afterAll(async () => {
  await browser?.close();
});

describe('import a Pocket export', () => {
  it('imports the zip, reporting the bad row by file and line', async () => {
    await library
      .getByTestId('io-file-input')
      .setInputFiles({ name: 'pocket.zip', mimeType: 'application/zip', buffer: pocketZip() });
    const summary = library.getByTestId('io-summary');
    await summary.waitFor({ timeout: 20_000 });
    expect(await library.getByTestId('io-created').textContent()).toMatch(/\b3\b/);
    expect(await library.getByTestId('io-links-only').textContent()).toMatch(/\b3\b/);
    expect(await library.getByTestId('io-skipped').textContent()).toMatch(/\b1\b/);
    expect(await summary.textContent()).toMatch(/Pocket\/part_000000\.csv, line 3: invalid URL: javascript:/);
  });

  it('lists the imported items at once, and after a reload (stored)', async () => {
    await library.getByTestId('view-all').click();
    await library.waitForFunction(
      () => document.querySelectorAll('[data-testid="library-item"]').length === 3,
    );
    await library.goto(`${libraryUrl}?view=all`);
    // Rows show "Loading…" until their summaries arrive: wait for the titles themselves.
    const titles = async () => (await library.getByTestId('library-item').allTextContents()).join('\n');
    await expect.poll(titles).toMatch(/Sécurité du cloud/);
    await expect.poll(titles).toMatch(/Les États-Unis et l’IA/);
  });

  it('finds an imported item by an accent-free search', async () => {
    await library.getByTestId('search-input').fill('etats-unis');
    await library.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="library-item"]')];
      return rows.length === 1 && /États-Unis/.test(rows[0]?.textContent ?? '');
    });
  });

  it('fetched nothing from the network', () => {
    expect(requests).toEqual([]);
  });
});

/** Chooses a file in the settings view's import panel and waits for its summary or error. */
async function importFile(name: string, buffer: Buffer, outcome: 'io-summary' | 'io-error' = 'io-summary') {
  await library.goto(`${libraryUrl}?view=settings`);
  await library.getByTestId('io-file-input').setInputFiles({ name, mimeType: 'text/plain', buffer });
  const result = library.getByTestId(outcome);
  await result.waitFor({ timeout: 20_000 });
  return result.textContent();
}

describe('imports never undo the reader, and read other encodings', () => {
  it('keeps a starred, archived article starred and archived under a Pocket row saying unread', async () => {
    await library.goto(`${libraryUrl}?view=all`);
    await library.getByTestId('library-item').filter({ hasText: 'Lecture, archivée' }).click();
    await library.getByTestId('reader-favorite').click();
    await library.waitForSelector('[data-testid="reader-favorite"][aria-pressed="true"]');
    const csv =
      'title,url,time_added,tags,status\nAutre titre,https://www.exemple-tech.fr/archive,1600000000,,unread\n';
    const summary = await importFile('part_000000.csv', Buffer.from(csv));
    expect(summary).toContain('Kept yours: 1');
    await library.goto(`${libraryUrl}?view=archive`);
    const row = library.getByTestId('library-item').filter({ hasText: 'Lecture, archivée' });
    await row.waitFor();
    expect(await row.textContent()).toContain('★');
  });

  it('imports a Latin-1 CSV with its accents, and says how it was read', async () => {
    const csv =
      'URL,Title,Selection,Folder\nhttps://www.exemple-tech.fr/ete,Été à Paris : café crème,,Unread\n';
    const summary = await importFile('instapaper.csv', Buffer.from(csv, 'latin1'));
    expect(summary).toContain('Windows-1252');
    await library.goto(`${libraryUrl}?view=inbox`);
    await library.getByTestId('library-item').filter({ hasText: 'Été à Paris : café crème' }).waitFor();
  });

  it('refuses a file in an encoding it cannot read, naming it', async () => {
    // "日本語の文章" in Shift_JIS, in a CSV.
    const sjis = Buffer.from([
      0x55, 0x52, 0x4c, 0x2c, 0x54, 0x69, 0x74, 0x6c, 0x65, 0x2c, 0x46, 0x6f, 0x6c, 0x64, 0x65, 0x72, 0x0a,
      0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x95, 0xb6, 0x8f, 0xcd, 0x0a,
    ]);
    const error = await importFile('jp.csv', sjis, 'io-error');
    expect(error).toContain('multi-byte (East Asian)');
    expect(error).toContain('UTF-8');
  });

  it('reports a cut-off Liseuse export as truncated', async () => {
    const json = JSON.stringify({
      format: 'liseuse-library',
      version: 1,
      exportedAt: 0,
      articles: [{ id: 'x', url: 'https://example.com/', title: 'x' }],
    });
    const error = await importFile('liseuse-2026-01-01.json', Buffer.from(json.slice(0, 60)), 'io-error');
    expect(error).toMatch(/Liseuse export is cut off/);
  });
});
