/**
 * The context-menu entry and the keyboard command, in Chromium with the e2e build. Chromium does
 * not route synthetic key presses to extension shortcuts, nor draw its native menu for tests, so
 * the test fires the very events the browser would (`commands.onCommand`, `contextMenus.onClicked`)
 * in the service worker, with the selection made by mouse in the page: the background's wiring,
 * the injection and the content script's highlighting are the real ones.
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTabId } from '@/utils/cli/popup-page';
import { dispatchCommand } from './support/commands';
import { type E2eEnv, startE2eEnv } from './support/fixtures';
import { selectWithMouse } from './support/passage-points';

let env: E2eEnv;
let worker: Worker;

const anchored = (p: Page) =>
  p.evaluate(() => document.documentElement.getAttribute('data-liseuse-anchored'));

/** Opens the demo article in a fresh tab and selects `passage` with the mouse. */
async function articleWithSelection(passage: string): Promise<{ page: Page; tabId: number }> {
  const page = await env.browser.context.newPage();
  const url = env.pageUrl('fr-tech-article.html');
  await page.goto(url);
  expect(await selectWithMouse(page, passage)).toBe(passage);
  return { page, tabId: await findTabId(worker, url) };
}

interface Dispatchable {
  dispatch(...args: unknown[]): void;
}

beforeAll(async () => {
  env = await startE2eEnv();
  if (!env.browser.serviceWorker) throw new Error('no service worker');
  worker = env.browser.serviceWorker;
});

afterAll(async () => {
  await env?.close();
});

describe('highlighting from the browser', () => {
  it('highlights the selection with the keyboard command, and it is back after a reload', async () => {
    const { page, tabId } = await articleWithSelection('activer la MFA partout');
    await dispatchCommand(worker, 'highlight-selection', tabId);
    await expect.poll(() => anchored(page), { timeout: 10_000 }).toBe('1');
    await page.reload();
    await expect.poll(() => anchored(page), { timeout: 10_000 }).toBe('1');
    await page.close();
  });

  it('highlights the selection from the context-menu entry', async () => {
    const { page, tabId } = await articleWithSelection('une attaque par pulvérisation de mots de passe');
    // The page's highlights so far (the first test's), to see this one added.
    await expect.poll(() => anchored(page), { timeout: 10_000 }).toBe('1');
    await worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as {
        chrome: { contextMenus: { onClicked: Dispatchable }; tabs: { get(id: number): Promise<unknown> } };
      };
      const info = { menuItemId: 'liseuse-highlight', editable: false, selectionText: '' };
      chrome.contextMenus.onClicked.dispatch(info, await chrome.tabs.get(id));
    }, tabId);
    await expect.poll(() => anchored(page), { timeout: 10_000 }).toBe('2');
    await page.close();
  });
});
