/**
 * FIREFOX: the reader's main path in Firefox ESR with the Firefox e2e build, in one browser: the popup's
 * analysis of the demo article, save, library search, highlight and restore after a reload, and the offline
 * reader showing the saved copy with its highlight and making no request.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxEnv, openPage, openPopup, startFirefoxEnv, tabIdOf } from './support/firefox';
import { PAGES_DIR } from './support/fixtures';
import { readHighlightStatus } from './support/highlight-status';
import { selectWithMouse } from './support/passage-points';

const ARTICLE = 'fr-tech-article.html';
const OTHER = 'actu-57412/hewlett-packard-enterprise-messagerie-piratee-midnight-blizzard/';
const PASSAGE = 'une attaque par pulvérisation de mots de passe';

let env: FirefoxEnv;
/** An extension page kept open: it asks `tabs.query` and later shows the library. */
let library: Page;

const status = (p: Page) => p.evaluate(readHighlightStatus);
const count = (p: Page, selector: string) => p.$$eval(selector, (els) => els.length);

beforeAll(async () => {
  env = await startFirefoxEnv(PAGES_DIR);
  library = await openPage(env, env.extensionUrl('library.html'));
});

afterAll(async () => {
  await env?.close();
});

/** Opens `name` from the demo server in a tab and the popup for it. */
async function articleWithPopup(name: string): Promise<{ article: Page; popup: Page }> {
  const article = await env.firefox.browser.newPage();
  await article.goto(env.pageUrl(name), { waitUntil: 'load' });
  const popup = await openPopup(env, await tabIdOf(library, env.pageUrl(name)));
  return { article, popup };
}

describe('Firefox: popup on a page in a script without capitals', () => {
  it('says names cannot be found in Arabic yet, in one note, and still shows the reading time', async () => {
    const { article, popup } = await articleWithPopup('ar-news-article.html');
    expect(await popup.$eval('[data-testid="entities-unsupported-script"]', (e) => e.textContent)).toContain(
      'Liseuse can’t find names in Arabic text yet',
    );
    expect(await count(popup, '[data-testid="entities-names-only"]')).toBe(0);
    expect(await count(popup, '[data-testid="reading-time"]')).toBe(1);
    await popup.close();
    await article.close();
  });
});

describe('Firefox: popup, save, library, highlights, offline reader', () => {
  let article: Page;

  it('analyses the demo article in the popup: title, reading time, entities, related stories', async () => {
    const opened = await articleWithPopup(ARTICLE);
    article = opened.article;
    const { popup } = opened;
    expect(await popup.$eval('main.popup', (m) => m.getAttribute('data-state'))).toBe('analysis');
    expect(await popup.$eval('h1', (h) => h.textContent)).toContain('Midnight Blizzard');
    expect(await popup.$eval('[data-testid="reading-time"]', (e) => e.textContent)).toMatch(
      /^[1-9]\d* min read$/,
    );
    const entities = await popup.$$eval('[data-testid="entity"] .entity-name', (els) =>
      els.map((e) => e.textContent?.trim() ?? ''),
    );
    for (const name of ['Microsoft', 'Midnight Blizzard']) expect(entities).toContain(name);
    expect(await count(popup, '[data-testid="related-item"]')).toBeGreaterThanOrEqual(3);
    expect(await count(popup, '[data-testid="popup-error"]')).toBe(0);

    await popup.click('[data-testid="save-button"]');
    await popup.waitForSelector('[data-testid="saved-state"]', { timeout: 15_000 });
    expect(await popup.$eval('[data-testid="saved-library-link"]', (a) => a.getAttribute('href'))).toMatch(
      /^moz-extension:\/\/[^/]+\/library\.html\?article=/,
    );
    // The highlighter is injected on demand, from the popup, on a page without highlights yet.
    await popup.click('[data-testid="highlight-start"]');
    await popup.close();
  });

  it('highlights a passage through the selection toolbar and restores it after a reload', async () => {
    await article.bringToFront();
    await expect.poll(() => status(article)).toEqual({ anchored: '0', orphans: '0' });
    expect(await selectWithMouse(article, PASSAGE)).toBe(PASSAGE);
    // The toolbar lives in the extension's closed shadow root, out of every script's reach, the driver's
    // too: find where its bar is drawn (hit-testing lands on its host) and click its first button, Highlight.
    const bar = await article.waitForFunction(
      () => {
        const host = document.querySelector('liseuse-toolbar');
        const points: { x: number; y: number }[] = [];
        for (let y = 0; y < innerHeight; y += 3)
          for (let x = 0; x < innerWidth; x += 3)
            if (document.elementFromPoint(x, y) === host) points.push({ x, y });
        if (!host || points.length < 20) return null;
        return { left: Math.min(...points.map((p) => p.x)), top: Math.min(...points.map((p) => p.y)) };
      },
      { polling: 100, timeout: 5_000 },
    );
    const { left, top } = (await bar.jsonValue()) as { left: number; top: number };
    await article.mouse.click(left + 18, top + 14);
    await expect.poll(() => status(article)).toEqual({ anchored: '1', orphans: '0' });

    await article.reload({ waitUntil: 'load' });
    await expect.poll(() => status(article), { timeout: 10_000 }).toEqual({ anchored: '1', orphans: '0' });
    const painted = await article.evaluate(() =>
      [...(CSS.highlights.get('liseuse-yellow') ?? [])].map((r) => (r as Range).toString()),
    );
    expect(painted).toEqual([PASSAGE]);
  });

  it('finds a saved article by an accent-free search in the library', async () => {
    const { popup } = await articleWithPopup(OTHER);
    await popup.click('[data-testid="save-button"]');
    await popup.waitForSelector('[data-testid="saved-state"]', { timeout: 15_000 });
    await popup.close();

    // A fresh library page (reloading one is not reported by Firefox to the driver either).
    await library.close();
    library = await openPage(env, env.extensionUrl('library.html'));
    await library.waitForSelector('[data-testid="library-item"]');
    await expect.poll(() => count(library, '[data-testid="library-item"]')).toBe(2);
    await library.type('[data-testid="search-input"]', 'federales');
    await expect.poll(() => count(library, '[data-testid="library-item"]')).toBe(1);
    await expect
      .poll(() => library.$eval('[data-testid="library-item"]', (e) => e.textContent))
      .toContain('la CISA impose');
  });

  it('reads the saved copy offline, with its highlight, making no request until asked', async () => {
    await env.server.close();
    const requests: string[] = [];
    const onRequest = (r: HTTPRequest) => {
      if (/^(https?|wss?):/.test(r.url())) requests.push(r.url());
    };
    library.on('request', onRequest);
    await library.click('[data-testid="library-item"]');
    await library.waitForSelector('[data-testid="reader-content"]');
    expect(await library.$eval('[data-testid="reader-content"]', (e) => e.textContent)).toContain(
      'pulvérisation de mots de passe',
    );
    await expect.poll(() => library.evaluate(readHighlightStatus)).toEqual({ anchored: '1', orphans: '0' });
    expect(await count(library, '[data-testid="reader-content"] img[src^="http"]')).toBe(0);
    expect(requests).toEqual([]);
    // Asked for an image that was not stored, the reader has the background download it (its own page
    // may make no request, by its CSP): the site is gone, so it says the image could not be loaded.
    await library.click('[data-testid="missing-image"] button');
    await library.waitForSelector('[data-testid="missing-image"][data-outcome="failed"]');
    expect(requests).toEqual([]);
    library.off('request', onRequest);
  });
});
