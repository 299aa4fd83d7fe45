/** Helpers to drive Liseuse's popup as a tab (`popup.html?tabId=N`), shared by the e2e tests and `npm start`. */
import type { BrowserContext, Page, Worker } from 'playwright-core';

interface ChromeTabsLike {
  tabs: { query(info: object): Promise<Array<{ id?: number; url?: string }>> };
}

/** The id of the tab showing exactly `url`, asked from the extension's service worker. */
export async function findTabId(serviceWorker: Worker, url: string): Promise<number> {
  const id = await serviceWorker.evaluate(async (wanted) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeTabsLike };
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url} (does the build have host access to it?)`);
  return id;
}

/** Opens the popup page for `tabId` in a new tab and waits until it has finished (analysis or error). */
export async function openPopupPage(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
  timeoutMs = 20_000,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await page.waitForSelector('main.popup:not([data-state="loading"])', { timeout: timeoutMs });
  return page;
}

/** Opens `url` in a new tab, then the popup for it; returns both pages. */
export async function openArticleWithPopup(
  context: BrowserContext,
  serviceWorker: Worker,
  extensionId: string,
  url: string,
): Promise<{ article: Page; popup: Page; tabId: number }> {
  const article = await context.newPage();
  await article.goto(url, { waitUntil: 'load' });
  const tabId = await findTabId(serviceWorker, article.url());
  const popup = await openPopupPage(context, extensionId, tabId);
  return { article, popup, tabId };
}

/** Creates a tab at `url` through the extension (works for `chrome://` pages, whose URL it cannot read back). */
export async function createTab(serviceWorker: Worker, url: string): Promise<number> {
  const id = await serviceWorker.evaluate(async (wanted) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { create(info: { url: string }): Promise<{ id?: number }> } };
    };
    return (await chrome.tabs.create({ url: wanted })).id ?? null;
  }, url);
  if (id === null) throw new Error(`Could not open ${url}`);
  return id;
}
