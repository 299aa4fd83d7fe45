/**
 * A page held in `loading` by a synchronous third-party script that never answers, in Chromium: the popup
 * analyses the article already parsed (not a timeout), the highlighter starts there, saved highlights come back, the
 * keyboard command saves it, and a page with nothing parsed yet is said to be still loading, with a retry.
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTabId, openPopupPage } from '@/utils/cli/popup-page';
import { dispatchCommand } from './support/commands';
import { type E2eEnv, startE2eEnv } from './support/fixtures';
import { readHighlightStatus } from './support/highlight-status';
import { libraryUrl, sendFromPage } from './support/library';
import { noteAnnotation } from './support/note-annotation';

const NOTE_ID = 'urn:uuid:3c9d2e71-5a0b-4f6e-9d8c-1b7a4e2f6c05';

let env: E2eEnv;
let worker: Worker;

/** Opens `name` in a tab and resolves once the parser has stopped at its stalled script. */
async function openStalled(name: string): Promise<{ page: Page; tabId: number }> {
  const page = await env.browser.context.newPage();
  const url = env.pageUrl(name);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('script[src^="/stall/"]', { state: 'attached' });
  return { page, tabId: await findTabId(worker, url) };
}

const readyState = (page: Page) => page.evaluate(() => document.readyState);

beforeAll(async () => {
  env = await startE2eEnv({ locale: 'en-US', uiLanguage: 'en-US' });
  if (!env.browser.serviceWorker) throw new Error('no service worker');
  worker = env.browser.serviceWorker;
});

afterAll(async () => {
  await env?.close();
});

describe('a page stalled by a synchronous script', () => {
  it('shows the parsed article with a "still loading" notice, and starts the highlighter', async () => {
    const { page, tabId } = await openStalled('stalled-script-article.html');
    // Well under the popup's own 15 s limit: the snapshot waits a short grace, not for the page.
    const popup = await openPopupPage(env.browser.context, env.extensionId, tabId, 10_000);
    expect(await popup.locator('main.popup').getAttribute('data-state')).toBe('analysis');
    expect(await popup.locator('h1').textContent()).toContain('Ferry operator orders two electric ships');
    const entities = await popup.locator('[data-testid="entity"] .entity-name').allInnerTexts();
    for (const name of ['Kestrel Ferries', 'Helen Achterberg']) expect(entities).toContain(name);
    const notice = popup.getByTestId('popup-error');
    expect(await notice.getAttribute('data-error-code')).toBe('still-loading');
    expect(await notice.getByRole('button').count()).toBe(1);

    await popup.getByTestId('highlight-start').click();
    await expect
      .poll(() => page.evaluate(readHighlightStatus), { timeout: 5_000 })
      .toEqual({ anchored: '0', orphans: '0' });
    expect(await readyState(page)).toBe('loading');
    await popup.close();
    await page.close();
  });

  it('saves the page from the keyboard command', async () => {
    const { page, tabId } = await openStalled('stalled-script-article.html');
    await dispatchCommand(worker, 'save-page', tabId);
    const badge = () =>
      worker.evaluate(
        (id) =>
          (
            globalThis as unknown as {
              chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
            }
          ).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
    await expect.poll(badge, { timeout: 10_000 }).toBe('✓');
    expect(await readyState(page)).toBe('loading');
    await page.close();
  });

  it('brings saved highlights back while the page is still loading', async () => {
    // The e2e build may run on the demo server, so the wake loader is registered there.
    const library = await env.browser.context.newPage();
    await library.goto(libraryUrl(env.extensionId));
    const url = env.pageUrl('stalled-script-article.html');
    const annotation = noteAnnotation(NOTE_ID, url, 'the harbour already has a substation', 'Check.');
    expect((await sendFromPage(library, 'annotations/create', { annotation })).ok).toBe(true);
    await library.close();

    const { page } = await openStalled('stalled-script-article.html');
    await expect
      .poll(() => page.evaluate(readHighlightStatus), { timeout: 8_000 })
      .toEqual({ anchored: '1', orphans: '0' });
    expect(await readyState(page)).toBe('loading');
    await page.close();
  });

  it('says a page with nothing parsed yet is still loading, and offers to try again', async () => {
    const { page, tabId } = await openStalled('stalled-script-head.html');
    const popup = await openPopupPage(env.browser.context, env.extensionId, tabId, 10_000);
    expect(await popup.locator('main.popup').getAttribute('data-state')).toBe('error');
    const error = popup.getByTestId('popup-error');
    expect(await error.getAttribute('data-error-code')).toBe('still-loading');
    expect(await error.textContent()).toContain('The page is still loading');
    expect(await error.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await popup.close();
    await page.close();
  });
});
