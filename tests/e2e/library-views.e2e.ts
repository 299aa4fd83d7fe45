/**
 * The library list in Chromium with the e2e build (issue 13): rows show what a reader scans (stored
 * thumbnail, excerpt, saved date, reading time, progress) without touching the network; Inbox (the
 * default), Favourites, Archive and All; the four orders; several rows archived, tagged and deleted
 * at once, each undone; counts by each language's plural rules; a readable undo toast in both
 * themes; at 700 px the filters fold and titles wrap; import and export live in Settings.
 */

import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '@/utils/article/types';
import { type DemoServer, startDemoServer } from '@/utils/cli/demo-server';
import { type LaunchedBrowser, launchChromium } from '@/utils/cli/launch-chromium';
import { E2E_EXTENSION_DIR } from './support/fixtures';
import { analysis, contrastRatio, libraryUrl, rowTitles, saveAll } from './support/library';

const IMAGES_DIR = resolve(import.meta.dirname, '../fixtures/db');
let server: DemoServer;
let browser: LaunchedBrowser;
let page: Page;
const requests: string[] = [];

const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');

function articles(): ArticleAnalysis[] {
  const thumb = new URL('figure.png', server.url).href;
  return [
    analysis('court', 'Un billet court', words(40, 'bref'), { wordCount: 40 }),
    analysis('long', 'Une longue enquête sur le nuage souverain', words(900, 'nuage'), {
      wordCount: 900,
      readingTimeMinutes: 4,
      leadImage: thumb,
      excerpt: 'Comment les États-Unis regardent le nuage européen.',
    }),
    analysis('moyen', 'Un article moyen', words(400, 'moyen'), { wordCount: 400, readingTimeMinutes: 2 }),
    analysis('archive', 'Un article déjà lu', words(200, 'lu'), { wordCount: 200 }),
  ];
}

const count = () => page.getByTestId('library-count').textContent();
const waitForTitles = (expected: string[]) =>
  expect.poll(() => rowTitles(page), { timeout: 10_000 }).toEqual(expected);

beforeAll(async () => {
  server = await startDemoServer(IMAGES_DIR);
  browser = await launchChromium({ extensionDir: E2E_EXTENSION_DIR, viewport: { width: 1100, height: 800 } });
  page = await browser.context.newPage();
  await page.goto(libraryUrl(browser.extensionId ?? ''));
  await saveAll(page, articles());
  await server.close();
  page.on('request', (r) => {
    if (!r.url().startsWith('chrome-extension://') && !r.url().startsWith('blob:')) requests.push(r.url());
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('rows', () => {
  it('show the stored thumbnail, excerpt, site, saved date, reading time and progress, offline', async () => {
    await page.reload();
    await waitForTitles([
      'Un article déjà lu',
      'Un article moyen',
      'Une longue enquête sur le nuage souverain',
      'Un billet court',
    ]);
    const row = page.getByTestId('library-item').filter({ hasText: 'longue enquête' });
    await expect
      .poll(() => row.getByTestId('row-thumbnail').getAttribute('src'), { timeout: 10_000 })
      .toMatch(/^blob:/);
    const text = await row.textContent();
    expect(text).toContain('Comment les États-Unis regardent le nuage européen.');
    expect(text).toContain('Exemple Tech');
    expect(text).toContain('4 min');
    expect(await row.getByTestId('row-saved').textContent()).toMatch(/^Saved \w{3} \d{1,2}, \d{4}$/);
    // Progress appears once the article has been read halfway.
    await row.click();
    await page.locator('.reader').evaluate((el) => {
      el.scrollTop = (el.scrollHeight - el.clientHeight) / 2;
    });
    await page.waitForTimeout(1200);
    await page.getByTestId('reader-back').click();
    await expect.poll(() => row.getByTestId('row-progress').textContent()).toMatch(/\d+\s?% read/);
    expect(requests).toEqual([]);
  });
});

describe('views and order', () => {
  it('opens on the Inbox; Favourites, Archive and All list what they say', async () => {
    await page.getByTestId('library-item').filter({ hasText: 'déjà lu' }).click();
    await page.getByTestId('reader-archive').click();
    await page.getByTestId('reader-back').click();
    await page.getByTestId('library-item').filter({ hasText: 'longue enquête' }).click();
    await page.getByTestId('reader-favorite').click();
    await page.getByTestId('reader-back').click();
    await page.goto(libraryUrl(browser.extensionId ?? ''));
    expect(await page.getByTestId('view-inbox').getAttribute('aria-current')).toBe('page');
    await waitForTitles(['Un article moyen', 'Une longue enquête sur le nuage souverain', 'Un billet court']);
    expect(await count()).toBe('3 articles');
    await page.getByTestId('view-favorites').click();
    await waitForTitles(['Une longue enquête sur le nuage souverain']);
    expect(await count()).toBe('1 article');
    await page.getByTestId('view-archive').click();
    await waitForTitles(['Un article déjà lu']);
    await page.getByTestId('view-all').click();
    await expect.poll(count).toBe('4 articles');
    expect(page.url()).toContain('view=all');
  });

  it('sorts by newest, oldest, longest and shortest', async () => {
    const sort = page.getByTestId('library-sort');
    expect(await sort.evaluate((s: HTMLSelectElement) => s.tagName)).toBe('SELECT');
    expect(
      await sort.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual(['newest', 'oldest', 'longest', 'shortest']);
    await sort.selectOption('longest');
    await waitForTitles([
      'Une longue enquête sur le nuage souverain',
      'Un article moyen',
      'Un article déjà lu',
      'Un billet court',
    ]);
    await sort.selectOption('shortest');
    await waitForTitles([
      'Un billet court',
      'Un article déjà lu',
      'Un article moyen',
      'Une longue enquête sur le nuage souverain',
    ]);
    await sort.selectOption('oldest');
    await waitForTitles([
      'Un billet court',
      'Une longue enquête sur le nuage souverain',
      'Un article moyen',
      'Un article déjà lu',
    ]);
    await page.reload();
    expect(await page.getByTestId('library-sort').inputValue()).toBe('oldest');
    await page.getByTestId('library-sort').selectOption('newest');
  });
});

describe('several at once', () => {
  const select = (title: string) =>
    page.locator('.library-row').filter({ hasText: title }).getByTestId('row-select').check();

  it('archives the selected rows, and undoes it', async () => {
    await page.getByTestId('view-inbox').click();
    await waitForTitles(['Un article moyen', 'Une longue enquête sur le nuage souverain', 'Un billet court']);
    await select('Un article moyen');
    await select('Un billet court');
    expect(await page.getByTestId('selection-count').textContent()).toBe('2 selected');
    await page.getByTestId('bulk-archive').click();
    await waitForTitles(['Une longue enquête sur le nuage souverain']);
    expect(await page.getByTestId('library-toast').textContent()).toContain('2 articles archived');
    await page.getByTestId('undo-button').click();
    await waitForTitles(['Un article moyen', 'Une longue enquête sur le nuage souverain', 'Un billet court']);
  });

  it('tags the selected rows, and undoes it', async () => {
    await page.getByTestId('select-all').check();
    await page.getByTestId('bulk-tag-input').fill('à relire');
    await page.getByTestId('bulk-tag').click();
    await expect.poll(() => page.locator('.library-chip', { hasText: 'à relire' }).count()).toBe(3);
    await page.getByTestId('undo-button').click();
    await expect.poll(() => page.locator('.library-chip', { hasText: 'à relire' }).count()).toBe(0);
  });

  it('deletes the selected rows, and undoes it', async () => {
    await select('Un billet court');
    await page.getByTestId('bulk-delete').click();
    await waitForTitles(['Un article moyen', 'Une longue enquête sur le nuage souverain']);
    expect(await page.getByTestId('library-toast').textContent()).toContain('1 article deleted');
    await page.getByTestId('undo-button').click();
    await waitForTitles(['Un article moyen', 'Une longue enquête sur le nuage souverain', 'Un billet court']);
  });

  it('shows a readable Undo button in the light and dark themes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await select('Un billet court');
      await page.getByTestId('bulk-archive').click();
      const colours = await page.getByTestId('undo-button').evaluate((button) => {
        const toast = button.closest('[data-testid="library-toast"]') as HTMLElement;
        return { text: getComputedStyle(button).color, background: getComputedStyle(toast).backgroundColor };
      });
      expect(contrastRatio(colours.text, colours.background), scheme).toBeGreaterThanOrEqual(4.5);
      await page.getByTestId('undo-button').click();
      await expect.poll(() => rowTitles(page)).toContain('Un billet court');
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

describe('narrow window and settings', () => {
  it('folds the filters behind a button at 700 px and wraps long titles', async () => {
    await page.setViewportSize({ width: 700, height: 800 });
    expect(await page.getByTestId('filter-tag').isVisible()).toBe(false);
    await page.getByTestId('filters-toggle').click();
    expect(await page.getByTestId('filter-tag').isVisible()).toBe(true);
    const title = page.locator('.library-item-title', { hasText: 'longue enquête' });
    await page.setViewportSize({ width: 420, height: 800 });
    const box = await title.evaluate((el) => ({
      lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
      clipped: el.scrollWidth > el.clientWidth + 1,
    }));
    expect(box).toEqual({ lines: 2, clipped: false });
    await page.setViewportSize({ width: 1100, height: 800 });
  });

  it('keeps import and export in Settings, not beside the list', async () => {
    expect(await page.getByTestId('io-file-input').count()).toBe(0);
    await page.getByTestId('view-settings').click();
    // The settings view loads on demand.
    await page.getByTestId('io-file-input').waitFor({ state: 'attached' });
    expect(await page.getByTestId('export-library-json').isVisible()).toBe(true);
    expect(await page.getByTestId('setting-toolbar-everywhere').isChecked()).toBe(false);
  });
});

describe('counts in French', () => {
  it('follows French plural rules', async () => {
    const fr = await launchChromium({ extensionDir: E2E_EXTENSION_DIR, uiLanguage: 'fr' });
    try {
      const p = await fr.context.newPage();
      await p.goto(libraryUrl(fr.extensionId ?? ''));
      await expect.poll(() => p.getByTestId('library-count').textContent()).toBe('0 article');
      await saveAll(p, [analysis('a', 'Premier', 'un'), analysis('b', 'Second', 'deux')]);
      await p.reload();
      await expect.poll(() => p.getByTestId('library-count').textContent()).toBe('2 articles');
      await p.locator('.library-row').first().getByTestId('row-select').check();
      expect(await p.getByTestId('selection-count').textContent()).toBe('1 sélectionné');
      await p.getByTestId('bulk-archive').click();
      expect(await p.getByTestId('library-toast').textContent()).toContain('1 article archivé');
      await expect.poll(() => p.getByTestId('library-count').textContent()).toBe('1 article');
    } finally {
      await fr.close();
    }
  });
});
