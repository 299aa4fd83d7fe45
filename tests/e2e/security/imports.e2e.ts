/**
 * Attacks through import files, in Chromium with the e2e build (findings 5, 9 and 11 of issue 14):
 * a Liseuse JSON restore and a W3C/Hypothesis file with hostile rows, a zip whose unread entry
 * inflates past a gigabyte, and a 100,000-row CSV that must not freeze the library page.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AttackEnv,
  exportedArticleRow,
  longestTask,
  pageNow,
  startAttackEnv,
  watchLongTasks,
} from './support';
import { bombZip } from './zip-bomb';

let env: AttackEnv;

beforeAll(async () => {
  env = await startAttackEnv();
});

afterAll(async () => {
  await env?.close();
});

/** The library page's address for a view (the Inbox when none): `settings` holds import and export. */
const libraryView = (view?: 'all' | 'highlights' | 'settings') =>
  `chrome-extension://${env.extensionId}/library.html${view ? `?view=${view}` : ''}`;

/** Opens the library's settings view (import and export) in a fresh tab, recording its long tasks. */
async function library(): Promise<Page> {
  const page = await env.browser.context.newPage();
  await watchLongTasks(page);
  await page.goto(libraryView('settings'));
  return page;
}

/**
 * Imports a file through the panel, as a reader picking it from disk, and waits for its summary. The file
 * is written to disk first: handing Playwright the bytes would build the File in the page's own script.
 */
async function importFile(page: Page, name: string, buffer: Buffer, timeout = 60_000): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'liseuse-import-'));
  const path = join(dir, name);
  await writeFile(path, buffer);
  await page.getByTestId('io-file-input').setInputFiles(path);
  const done = page.locator('[data-testid="io-summary"], [data-testid="io-error"]');
  await done.first().waitFor({ timeout });
  await rm(dir, { recursive: true, force: true });
  return (await done.first().textContent()) ?? '';
}

const PAGE = 'https://www.exemple-tech.fr/actu/cle-volee';

const articleRow = (id: string, url: string, title: string) => ({
  ...exportedArticleRow(id, url, title),
  byline: 'Camille Martin',
  siteName: 'Exemple Tech',
});

function annotationRow(id: string, body: unknown, tags: unknown) {
  return {
    id,
    url: PAGE,
    target: { source: PAGE, selector: [{ type: 'TextQuoteSelector', exact: 'clé volée' }] },
    body,
    color: 'yellow',
    tags,
    created: 1_700_000_000_000,
    modified: 1_700_000_000_000,
  };
}

/** A Liseuse export with one good article and note, and the hostile rows the review found accepted. */
function hostileRestore(): Buffer {
  const good = articleRow('good', PAGE, 'La clé volée');
  const hostile = {
    ...articleRow('hostile', 'https://www.exemple-tech.fr/actu/piege', 'Piège'),
    originalUrl: 'javascript:alert(document.domain)',
    byline: { toString: 'x', html: '<img src=x onerror=alert(1)>' },
    status: 'pwned',
    favorite: 'yes',
  };
  const content = (id: string) => ({
    id,
    html: '<p>Une clé volée a ouvert des boîtes mail.</p>',
    text: 'Une clé volée a ouvert des boîtes mail.',
    entities: [],
    related: [],
    images: [],
  });
  return Buffer.from(
    JSON.stringify({
      format: 'liseuse-library',
      version: 1,
      exportedAt: 1_700_000_000_000,
      articles: [good, hostile],
      contents: [content('good'), content('hostile')],
      images: [],
      annotations: [
        annotationRow('note-ok', 'Une note', ['cloud']),
        annotationRow('note-bad', { html: '<b>x</b>' }, 'not-a-list'),
      ],
    }),
  );
}

/** A W3C/Hypothesis file with a 5-million-character quote, a 3-million-character note and a free-form colour. */
function hostileAnnotations(): Buffer {
  const item = (exact: string, note: string, color?: string) => ({
    type: 'Annotation',
    target: { source: PAGE, selector: [{ type: 'TextQuoteSelector', exact }] },
    body: [{ type: 'TextualBody', purpose: 'commenting', value: note }],
    ...(color ? { 'liseuse:color': color } : {}),
  });
  return Buffer.from(
    JSON.stringify([
      item('q'.repeat(5_000_000), 'huge quote'),
      item('ouvert des boîtes', 'n'.repeat(3_000_000)),
      item('boîtes mail', 'couleur libre', 'red;background:url(https://attacker.example/x)'),
    ]),
  );
}

/** Every stored annotation, through the background as the views read them. */
async function storedAnnotations(page: Page) {
  const reply = await page.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: { annotations: unknown[] } }> };
      };
    };
    return chrome.runtime.sendMessage({ type: 'annotations/list', payload: {} });
  });
  return reply.value.annotations as {
    id: string;
    color: string;
    body: { value: string }[];
    target: { selector: { exact?: string }[] };
  }[];
}

describe('hostile import files', () => {
  it('restores a Liseuse export without its hostile rows, reported with their reasons', async () => {
    const page = await library();
    const summary = await importFile(page, 'liseuse-library.json', hostileRestore());
    expect(summary).toMatch(/malformed article row \(originalUrl: not an http\(s\) address\)/);
    expect(summary).toMatch(/malformed annotation row \(note: not text\)/);
    await page.goto(libraryView());
    const items = page.getByTestId('library-item');
    await items.first().waitFor();
    expect(await items.allTextContents()).toEqual([expect.stringContaining('La clé volée')]);
    // The views work: the article's reader and the all-highlights view.
    await items.first().click();
    await page.getByTestId('reader-content').waitFor();
    expect(await page.getByTestId('reader-content').textContent()).toContain('clé volée');
    await page.goto(libraryView('highlights'));
    await expect.poll(() => page.getByTestId('highlight-item').count()).toBe(1);
    await page.close();
  });

  it('imports W3C annotations within the limits messages have, colours from the palette only', async () => {
    const page = await library();
    const summary = await importFile(page, 'hypothesis.json', hostileAnnotations());
    expect(summary).toMatch(/quote longer than 10000 characters/);
    expect(summary).toMatch(/note: longer than 20000 characters/);
    const stored = await storedAnnotations(page);
    expect(Math.max(...stored.map((a) => a.target.selector[0]?.exact?.length ?? 0))).toBeLessThanOrEqual(
      10_000,
    );
    expect(Math.max(...stored.map((a) => a.body[0]?.value.length ?? 0))).toBeLessThanOrEqual(20_000);
    expect(new Set(stored.map((a) => a.color))).toEqual(new Set(['yellow']));
    await page.close();
  });

  it('keeps the views working over damaged rows already in the database', async () => {
    const page = await library();
    // Rows as an older version or a hand edit could have left them, written straight into IndexedDB.
    await page.evaluate(async (pageUrl) => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const open = indexedDB.open('liseuse');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => ko(open.error);
      });
      const tx = db.transaction(['articles', 'contents', 'annotations'], 'readwrite');
      tx.objectStore('articles').put({
        id: 'damaged',
        url: 'https://www.exemple-tech.fr/actu/abime',
        title: 'Abîmé',
        byline: { html: '<b>x</b>' },
        tags: 'not-a-list',
        savedAt: Date.now(),
        status: 'pwned',
      });
      tx.objectStore('contents').put({ id: 'damaged', html: { x: 1 }, text: null });
      tx.objectStore('annotations').put({
        id: 'damaged-note',
        url: pageUrl,
        body: { x: 1 },
        tags: 'x',
        target: null,
      });
      await new Promise((done) => {
        tx.oncomplete = done;
      });
      db.close();
    }, PAGE);
    // Its status is not one the Inbox lists: the reader finds it under All.
    await page.goto(libraryView('all'));
    const damaged = page.locator('[data-testid="library-item"][data-id="damaged"]');
    // The row is a placeholder ("Loading…") until the virtual list has fetched its summary.
    await expect.poll(() => damaged.textContent()).toMatch(/Damaged entry/);
    await damaged.click();
    await page.getByTestId('reader-damaged').waitFor();
    await page.goto(libraryView('highlights'));
    await expect.poll(() => page.getByTestId('highlight-item').count()).toBe(2);
    await page.close();
  });
});

describe('a zip whose unread entry inflates past a gigabyte', () => {
  it('imports the CSV and never inflates the rest', async () => {
    const zip = bombZip(
      'title,url,time_added,tags,status\nLa clé,https://www.exemple-tech.fr/zip,1700000000,,unread\n',
    );
    expect(zip.length).toBeLessThan(2_000_000);
    const page = await library();
    const summary = await importFile(page, 'pocket.zip', zip);
    expect(summary).toMatch(/New: 1(?!\d)/);
    await page.close();
  });
});

describe('a 100,000-row CSV import', () => {
  it('keeps the library page responsive (no main-thread task of 100 ms or more)', {
    timeout: 300_000,
  }, async () => {
    const rows = Array.from(
      { length: 100_000 },
      (_, i) => `Lien ${i},https://example.org/item/${i},${1_700_000_000 + i},tag${i % 7},unread`,
    );
    const csv = Buffer.from(['title,url,time_added,tags,status', ...rows].join('\n'));
    const page = await library();
    // Measured from the reader's choice of file on (the page's own first paint is not the import's).
    await page.getByTestId('io-file-input').waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    const since = await pageNow(page);
    const summary = await importFile(page, 'part_000000.csv', csv, 240_000);
    expect(summary).toMatch(/100[\s,.\u202f\u00a0]?000/);
    const longest = await longestTask(page, since);
    // The list shows the new items: the page is usable right after.
    await page.goto(libraryView());
    await page.getByTestId('library-item').first().waitFor();
    console.info(
      `[liseuse] longest main-thread task during a 100,000-row CSV import: ${longest.toFixed(0)} ms`,
    );
    expect(longest).toBeLessThan(100);
    await page.close();
  });
});
