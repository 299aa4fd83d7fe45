/**
 * "Save link to Liseuse" (issue 13) in Chromium with the e2e build: the entry on a link's context menu
 * saves a link-only item titled with the link's text (Chromium does not draw its menu for tests, so the
 * test fires `contextMenus.onClicked` as the browser would); the library opens it offering to open
 * the page and save it, which stores the article and shows it in the reader.
 */
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTabId } from '@/utils/cli/popup-page';
import { type E2eEnv, startE2eEnv } from './support/fixtures';
import { libraryUrl } from './support/library';

let env: E2eEnv;
let worker: Worker;

interface Dispatchable {
  dispatch(...args: unknown[]): void;
}

beforeAll(async () => {
  env = await startE2eEnv({ locale: 'en-US', uiLanguage: 'en-US' });
  if (!env.browser.serviceWorker) throw new Error('no service worker');
  worker = env.browser.serviceWorker;
});

afterAll(async () => {
  await env?.close();
});

describe('save a link', () => {
  it('saves the link as a link-only item titled with its text', async () => {
    const page = await env.browser.context.newPage();
    const index = env.pageUrl('index.html');
    await page.goto(index);
    const tabId = await findTabId(worker, index);
    const linkUrl = env.pageUrl('fr-tech-article.html');
    await worker.evaluate(
      async ([id, link, from]) => {
        const { chrome } = globalThis as unknown as {
          chrome: { contextMenus: { onClicked: Dispatchable }; tabs: { get(id: number): Promise<unknown> } };
        };
        const info = {
          menuItemId: 'liseuse-save-link',
          editable: false,
          linkUrl: link,
          pageUrl: from,
          frameId: 0,
        };
        chrome.contextMenus.onClicked.dispatch(info, await chrome.tabs.get(id as number));
      },
      [tabId, linkUrl, index] as const,
    );
    const library = await env.browser.context.newPage();
    await library.goto(libraryUrl(env.extensionId));
    const row = library.getByTestId('library-item').filter({ hasText: 'Article de démonstration' });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.locator('.library-item-title').textContent()).toBe(
      'Article de démonstration (actualité tech, en français)',
    );
    await page.close();
    await library.close();
  });

  it('offers to open the page and save it, then shows the saved article', async () => {
    const library = await env.browser.context.newPage();
    await library.goto(libraryUrl(env.extensionId));
    await library.getByTestId('library-item').filter({ hasText: 'Article de démonstration' }).click();
    const notice = library.getByTestId('capture-notice');
    await notice.waitFor();
    expect(await library.getByTestId('reader-content').textContent()).toBe('');
    const opened = env.browser.context.waitForEvent('page');
    await library.getByTestId('capture-page').click();
    const tab = await opened;
    expect(tab.url()).toBe(env.pageUrl('fr-tech-article.html'));
    // Well under the background's 30 s wait for the page: a save that only happens at that timeout fails.
    await expect
      .poll(() => library.getByTestId('reader-content').textContent(), { timeout: 15_000 })
      .toContain('Midnight Blizzard');
    expect(await library.getByTestId('capture-notice').count()).toBe(0);
    await library.getByTestId('reader-back').click();
    await expect.poll(() => library.getByTestId('library-item').count()).toBe(1);
    await library.close();
  });
});
