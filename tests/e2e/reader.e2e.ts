/**
 * The reader in Chromium with the e2e build (issue 13): reading settings (font, size, width, spacing,
 * theme) applied and remembered across articles and page sessions; the byline once; an image that
 * was not saved as one compact placeholder; keyboard shortcuts (next, previous, archive, favourite,
 * highlight, help); and the Markdown export with the body, front matter, highlights and notes.
 */
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '@/utils/cli/demo-server';
import { type LaunchedBrowser, launchChromium } from '@/utils/cli/launch-chromium';
import { E2E_EXTENSION_DIR } from './support/fixtures';
import { analysis, libraryUrl, saveAll } from './support/library';
import { selectWithMouse } from './support/passage-points';

let browser: LaunchedBrowser;
let page: Page;
let ids: string[];
// Serves the article's image, which is absent at save time and appears later on the site.
let server: DemoServer;
let imageDir: string;
let imageUrl: string;

const body = () =>
  [
    '<h2>Ce que change le nuage</h2>',
    '<p>Le <strong>nuage souverain</strong> promet des données hébergées en Europe, selon <a href="https://example.org/rapport">le rapport</a>.</p>',
    '<ul><li>des centres en France</li><li>des contrats européens</li></ul>',
    '<blockquote><p>La souveraineté se construit.</p></blockquote>',
    `<img src="${imageUrl}" alt="Carte des centres de données" width="800" height="450">`,
    '<p>Une phrase à surligner au clavier pour finir.</p>',
  ].join('');

beforeAll(async () => {
  imageDir = await mkdtemp(join(tmpdir(), 'liseuse-reader-images-'));
  server = await startDemoServer(imageDir);
  imageUrl = new URL('late.png', server.url).href;
  browser = await launchChromium({ extensionDir: E2E_EXTENSION_DIR, viewport: { width: 1100, height: 800 } });
  page = await browser.context.newPage();
  await page.goto(libraryUrl(browser.extensionId ?? ''));
  // Saved one after the other: the list is newest first, so C, B, A.
  ids = await saveAll(page, [
    analysis('a', 'Article A', 'Par Camille Durand. Le premier texte.', {
      html: '<p>Par Camille Durand</p><p>Le premier texte.</p>',
    }),
    analysis('b', 'Article B', 'Le nuage souverain promet des données hébergées en Europe.', {
      html: body(),
      images: [imageUrl],
    }),
    analysis('c', 'Article C', 'Le troisième texte, sans signature.'),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = async (id: string) => {
  await page.goto(libraryUrl(browser.extensionId ?? '', `?article=${encodeURIComponent(id)}`));
  await page.getByTestId('reader-content').waitFor();
};
const readerTitle = () => page.locator('.reader-title').textContent();

describe('reading settings', () => {
  it('applies font, size, width, spacing and theme, and remembers them across articles and sessions', async () => {
    await open(ids[1] ?? '');
    const settings = page.getByTestId('reader-settings');
    expect(await settings.isVisible()).toBe(true);
    const theme = page.getByTestId('reader-theme');
    expect(await theme.evaluate((s: HTMLSelectElement) => [...s.options].map((o) => o.value))).toEqual([
      'light',
      'sepia',
      'dark',
    ]);
    await theme.selectOption('sepia');
    await page.getByTestId('reader-font').selectOption('sans');
    await page.getByTestId('reader-size').selectOption('22');
    await page.getByTestId('reader-width').selectOption('wide');
    await page.getByTestId('reader-line-height').selectOption('loose');
    const look = () =>
      page.locator('.reader-article').evaluate((el) => {
        const style = getComputedStyle(el);
        const reader = el.closest('.reader') as HTMLElement;
        return {
          theme: reader.dataset.theme,
          background: getComputedStyle(reader).backgroundColor,
          size: style.fontSize,
          lineHeight: Math.round(parseFloat(style.lineHeight) * 10) / 10,
          serif: /serif/.test(style.fontFamily) && !/sans-serif|system-ui/.test(style.fontFamily),
          width: el.getBoundingClientRect().width,
        };
      });
    const chosen = await look();
    expect(chosen).toMatchObject({
      theme: 'sepia',
      background: 'rgb(244, 236, 216)',
      size: '22px',
      lineHeight: 41.8,
      serif: false,
    });
    expect(chosen.width).toBeGreaterThan(800);
    await page.keyboard.press('j');
    await expect.poll(readerTitle).toBe('Article A');
    expect(await look()).toEqual(chosen);
    const again = await browser.context.newPage();
    await again.goto(libraryUrl(browser.extensionId ?? '', `?article=${encodeURIComponent(ids[2] ?? '')}`));
    await again.getByTestId('reader-content').waitFor();
    expect(await again.getByTestId('reader-theme').inputValue()).toBe('sepia');
    expect(await again.locator('.reader').getAttribute('data-theme')).toBe('sepia');
    await again.close();
    await theme.selectOption('light');
  });
});

describe('the article', () => {
  it('shows the byline once', async () => {
    await open(ids[0] ?? '');
    const text = await page.locator('.reader-article').textContent();
    expect(text?.match(/Camille Durand/g)).toHaveLength(1);
    await open(ids[2] ?? '');
    expect(await page.getByTestId('reader-meta').textContent()).toBe('Camille Durand · Exemple Tech');
  });

  it('shows an image that was not saved as one compact placeholder, loading it only on request', async () => {
    await open(ids[1] ?? '');
    const img = page.locator('[data-testid="reader-content"] img');
    expect(await img.isVisible()).toBe(false);
    const placeholder = page.getByTestId('missing-image');
    expect(await placeholder.count()).toBe(1);
    expect(await placeholder.textContent()).toContain('Carte des centres de données');
    const box = await placeholder.boundingBox();
    expect(box?.height).toBeLessThan(48);
    // The site has the image now: the background downloads it, stores it, and the reader shows the stored copy.
    await copyFile(resolve(import.meta.dirname, '../fixtures/db/figure.png'), join(imageDir, 'late.png'));
    await placeholder.getByRole('button', { name: 'Load from the web' }).click();
    await expect.poll(() => placeholder.count()).toBe(0);
    expect(await img.getAttribute('src')).toMatch(/^blob:/);
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(4);
  });
});

describe('keyboard', () => {
  it('moves to the next and previous article, archives, favourites, and lists the shortcuts', async () => {
    await page.goto(libraryUrl(browser.extensionId ?? ''));
    await page.getByTestId('library-item').filter({ hasText: 'Article C' }).click();
    await page.getByTestId('reader-content').waitFor();
    await page.keyboard.press('j');
    await expect.poll(readerTitle).toBe('Article B');
    await page.keyboard.press('j');
    await expect.poll(readerTitle).toBe('Article A');
    await page.keyboard.press('k');
    await expect.poll(readerTitle).toBe('Article B');
    await page.keyboard.press('f');
    await expect.poll(() => page.getByTestId('reader-favorite').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('a');
    await expect.poll(() => page.getByTestId('reader-archive').textContent()).toBe('Move to unread');
    await page.keyboard.press('Shift+?');
    const help = page.getByTestId('shortcuts-help');
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.textContent()).toContain('Highlight the selected text');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
    await page.keyboard.press('u');
    await page.getByTestId('view-inbox').waitFor();
  });

  it('highlights the selected text with H', async () => {
    await open(ids[1] ?? '');
    expect(await selectWithMouse(page, 'Une phrase à surligner')).toBe('Une phrase à surligner');
    await page.keyboard.press('h');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.getAttribute('data-liseuse-anchored')), {
        timeout: 10_000,
      })
      .toBe('1');
  });
});

describe('Markdown export', () => {
  it('exports the article as Markdown with front matter, its body, and its highlights', async () => {
    await open(ids[1] ?? '');
    const download = page.waitForEvent('download');
    await page.getByTestId('reader-export-markdown').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Article B.md');
    const md = await readFile((await file.path()) ?? '', 'utf8');
    expect(md).toMatch(/^---\ntitle: "Article B"\nurl: "https:\/\/www\.exemple-tech\.fr\/b"\n/);
    expect(md).toContain('# Article B');
    expect(md).toContain('## Ce que change le nuage');
    expect(md).toContain(
      'Le **nuage souverain** promet des données hébergées en Europe, selon [le rapport](https://example.org/rapport).',
    );
    expect(md).toContain('- des centres en France\n- des contrats européens');
    expect(md).toContain('> La souveraineté se construit.');
    expect(md).toContain(`![Carte des centres de données](${imageUrl})`);
    expect(md).toContain('## Highlights\n\n> Une phrase à surligner');
  });
});
