/**
 * The library end to end in Chromium with the e2e build: articles are saved through the background
 * (`article/save`, which fetches their images from a local server), found by an accent-free
 * search, and read offline with the server stopped: the reader shows the stored copy, its stored
 * image from a blob, a placeholder for the image that could not be stored, and makes no request.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '@/utils/article/types';
import { type LaunchedBrowser, launchChromium } from '@/utils/cli/launch-chromium';
import { type DemoServer, startDemoServer } from '../../utils/cli/demo-server';
import { analysis, sendFromPage } from './support/library';

const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
const IMAGES_DIR = resolve(import.meta.dirname, '../fixtures/db');

let server: DemoServer;
let browser: LaunchedBrowser;
let library: Page;
let libraryUrl: string;

function featured(): ArticleAnalysis {
  const stored = new URL('figure.png', server.url).href;
  const missing = new URL('absent.jpg', server.url).href;
  const body = Array.from(
    { length: 40 },
    (_, i) => `<p>Paragraphe ${i} sur le nuage souverain européen.</p>`,
  ).join('');
  return analysis(
    'nuage-souverain',
    'Le nuage souverain séduit les États-Unis',
    'Les États-Unis regardent le nuage souverain.',
    {
      html: `<p>Les <strong>États-Unis</strong> regardent le nuage souverain.</p><img src="${stored}" alt="Schéma du nuage"><img src="${missing}" alt="Carte des centres de données"><script>document.title='pwned'</script><iframe src="${server.url}frame"></iframe><p style="background:url(${server.url}bg.png)">Fin.</p>${body}`,
      images: [stored, missing],
      entities: [{ text: 'États-Unis', type: 'place', count: 1, variants: [], score: 1 }],
    },
  );
}

/** Saves each analysis through the background, returning the replies. */
async function save(page: Page, items: ArticleAnalysis[]): Promise<unknown[]> {
  const replies = [];
  for (const item of items) replies.push(await sendFromPage(page, 'article/save', { analysis: item }));
  return replies;
}

beforeAll(async () => {
  server = await startDemoServer(IMAGES_DIR);
  browser = await launchChromium({ extensionDir: EXTENSION_DIR });
  libraryUrl = `chrome-extension://${browser.extensionId}/library.html`;
  library = await browser.context.newPage();
  await library.goto(libraryUrl);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('library', () => {
  it('saves through the background, deduplicating by normalised URL', async () => {
    const fillers = Array.from({ length: 300 }, (_, i) =>
      analysis(`brève-${i}`, `Brève numéro ${i}`, `Une courte brève sur le marché des puces, numéro ${i}.`),
    );
    await save(library, fillers);
    const [first, again] = (await save(library, [featured(), featured()])) as {
      ok: boolean;
      value: { id: string; created: boolean };
    }[];
    expect(first?.ok).toBe(true);
    expect(first?.value.created).toBe(true);
    expect(again?.value).toEqual({ id: first?.value.id, created: false });
  });

  it('lists 301 articles newest first, rendering only the visible rows', async () => {
    await library.reload();
    await library.waitForSelector('[data-testid="library-item"]');
    const rows = await library.locator('[data-testid="library-item"]').count();
    expect(rows).toBeGreaterThan(3);
    expect(rows).toBeLessThan(60);
    // Rows are placeholders ("Loading…") until the virtual list has fetched their summaries.
    await expect
      .poll(() => library.locator('[data-testid="library-item"]').first().textContent())
      .toContain('Le nuage souverain');
    expect(await library.locator('.library-count').textContent()).toContain('301');
  });

  it('finds the article by an accent-free search and reads it offline without any request', async () => {
    await library.fill('[data-testid="search-input"]', 'etats-unis souv');
    await library.waitForFunction(
      () => document.querySelectorAll('[data-testid="library-item"]').length === 1,
    );
    await server.close();
    await browser.context.setOffline(true);
    const requests: string[] = [];
    browser.context.on('request', (r) => {
      if (/^(https?|wss?):/.test(r.url())) requests.push(r.url());
    });
    await library.click('[data-testid="library-item"]');
    const content = library.locator('[data-testid="reader-content"]');
    await content.waitFor();
    expect(await content.textContent()).toContain('regardent le nuage souverain');
    await library.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>(
        '[data-testid="reader-content"] img[src^="blob:"]',
      );
      return img?.complete && img.naturalWidth === 4;
    });
    expect(await library.locator('[data-testid="missing-image"]').textContent()).toContain(
      'Carte des centres de données',
    );
    expect(await content.locator('script, iframe, [style]').count()).toBe(0);
    expect(await content.locator('img[src^="http"]').count()).toBe(0);
    await library.waitForTimeout(300);
    expect(await library.title()).not.toBe('pwned');
    expect(requests).toEqual([]);
    // Only at the reader's request: the background downloads the missing image (the reader's own page may
    // make no request, by its CSP); it is absent from the site, so the reader says it could not be loaded.
    // The request is the one the reader asked for (the browser reports the extension's fetch here too).
    await library.click('[data-testid="missing-image"] button');
    await library.waitForSelector('[data-testid="missing-image"][data-outcome="failed"]');
    await expect.poll(() => requests).toEqual([new URL('absent.jpg', server.url).href]);
  });

  it('remembers the reading position and progress', async () => {
    await library.locator('.reader').evaluate((el) => {
      el.scrollTop = el.scrollHeight / 2;
    });
    await library.waitForTimeout(1200);
    await library.click('[data-testid="reader-back"]');
    await library.waitForSelector('.library-item .library-item-meta');
    expect(await library.locator('[data-testid="library-item"]').first().textContent()).toMatch(/\d+\s?%/);
    await library.click('[data-testid="library-item"]');
    await library.locator('[data-testid="reader-content"]').waitFor();
    await library.waitForFunction(() => (document.querySelector('.reader')?.scrollTop ?? 0) > 100);
  });

  it('favourites, archives, and deletes with undo', async () => {
    await library.click('[data-testid="reader-favorite"]');
    await library.waitForSelector('[data-testid="reader-favorite"][aria-pressed="true"]');
    await library.click('[data-testid="reader-archive"]');
    await library.click('[data-testid="reader-delete"]');
    await library.waitForSelector('[data-testid="undo-button"]');
    await library.waitForFunction(
      () => document.querySelectorAll('[data-testid="library-item"]').length === 0,
    );
    await library.click('[data-testid="undo-button"]');
    // Archived: out of the Inbox the search was made in, back in the Archive.
    await library.click('[data-testid="view-archive"]');
    await library.waitForFunction(
      () => document.querySelectorAll('[data-testid="library-item"]').length === 1,
    );
    await library.fill('[data-testid="search-input"]', '');
    await library.click('[data-testid="view-favorites"]');
    await library.waitForFunction(
      () => document.querySelectorAll('[data-testid="library-item"]').length === 1,
    );
    await expect.poll(() => library.locator('[data-testid="library-item"]').textContent()).toContain('★');
  });

  it('opens filtered by an entity from the URL (popup entity links)', async () => {
    await library.goto(`${libraryUrl}?entity=${encodeURIComponent('Etats-Unis')}`);
    await library.waitForSelector('[data-testid="filter-entity"]');
    await library.waitForFunction(
      () => document.querySelectorAll('[data-testid="library-item"]').length === 1,
    );
    await expect
      .poll(() => library.locator('[data-testid="library-item"]').textContent())
      .toContain('Le nuage souverain');
  });
});
