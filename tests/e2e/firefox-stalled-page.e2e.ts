/**
 * FIREFOX: a page held in `loading` by a synchronous third-party script that never answers, in Firefox ESR
 * (where the popup used to wait for the page to be idle, then time out): the popup analyses the article
 * already parsed, the highlighter starts there, saved highlights come back, and a page with nothing parsed yet
 * is said to be loading.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxEnv, openPage, openPopup, startFirefoxEnv, tabIdOf } from './support/firefox';
import { PAGES_DIR } from './support/fixtures';
import { readHighlightStatus } from './support/highlight-status';
import { noteAnnotation } from './support/note-annotation';
import { messageInPage } from './support/sync-helpers';

const NOTE_ID = 'urn:uuid:8f4b1c2d-6e3a-4d7f-b5c9-2a1e0d9f7b36';

let env: FirefoxEnv;
/** An extension page kept open to ask `tabs.query`. */
let library: Page;

/** Opens `name` in a tab and resolves once the parser has stopped at its stalled script. */
async function openStalled(name: string): Promise<{ page: Page; tabId: number }> {
  const page = await env.firefox.browser.newPage();
  const url = env.pageUrl(name);
  // Never awaited: the page never reaches DOMContentLoaded.
  void page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => {});
  await expect
    .poll(() =>
      page.evaluate(() => Boolean(document.querySelector('script[src^="/stall/"]'))).catch(() => false),
    )
    .toBe(true);
  return { page, tabId: await tabIdOf(library, url) };
}

const readyState = (page: Page) => page.evaluate(() => document.readyState);

beforeAll(async () => {
  env = await startFirefoxEnv(PAGES_DIR, 'en-US');
  library = await openPage(env, env.extensionUrl('library.html'));
});

afterAll(async () => {
  await env?.close();
});

describe('Firefox: a page stalled by a synchronous script', () => {
  it('shows the parsed article with a "still loading" notice, and starts the highlighter', async () => {
    const { page, tabId } = await openStalled('stalled-script-article.html');
    const popup = await openPopup(env, tabId);
    expect(await popup.$eval('main.popup', (m) => m.getAttribute('data-state'))).toBe('analysis');
    expect(await popup.$eval('h1', (h) => h.textContent)).toContain(
      'Ferry operator orders two electric ships',
    );
    const entities = await popup.$$eval('[data-testid="entity"] .entity-name', (els) =>
      els.map((e) => e.textContent?.trim() ?? ''),
    );
    for (const name of ['Kestrel Ferries', 'Helen Achterberg']) expect(entities).toContain(name);
    const notice = await popup.$eval('[data-testid="popup-error"]', (e) => ({
      code: e.getAttribute('data-error-code'),
      buttons: e.querySelectorAll('button').length,
    }));
    expect(notice).toEqual({ code: 'still-loading', buttons: 1 });

    await popup.click('[data-testid="highlight-start"]');
    await expect
      .poll(() => page.evaluate(readHighlightStatus), { timeout: 5_000 })
      .toEqual({ anchored: '0', orphans: '0' });
    expect(await readyState(page)).toBe('loading');
    await popup.close();
    await page.close();
  });

  it('brings saved highlights back while the page is still loading', async () => {
    const url = env.pageUrl('stalled-script-article.html');
    const annotation = noteAnnotation(NOTE_ID, url, 'the harbour already has a substation', 'Check.');
    expect((await library.evaluate(messageInPage, ['annotations/create', { annotation }] as const)).ok).toBe(
      true,
    );

    const { page } = await openStalled('stalled-script-article.html');
    await expect
      .poll(() => page.evaluate(readHighlightStatus), { timeout: 8_000 })
      .toEqual({ anchored: '1', orphans: '0' });
    expect(await readyState(page)).toBe('loading');
    await page.close();
  });

  it('says a page with nothing parsed yet is still loading, and offers to try again', async () => {
    const { page, tabId } = await openStalled('stalled-script-head.html');
    const popup = await openPopup(env, tabId);
    expect(await popup.$eval('main.popup', (m) => m.getAttribute('data-state'))).toBe('error');
    const error = await popup.$eval('[data-testid="popup-error"]', (e) => ({
      code: e.getAttribute('data-error-code'),
      text: e.textContent ?? '',
      button: e.querySelector('button')?.textContent,
    }));
    expect(error.code).toBe('still-loading');
    expect(error.text).toContain('The page is still loading');
    expect(error.button).toBe('Try again');
    await popup.close();
    await page.close();
  });
});
