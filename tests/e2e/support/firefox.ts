/**
 * FIREFOX: e2e setup: the demo server plus Firefox ESR (puppeteer-core over WebDriver BiDi) with the
 * Firefox e2e build, and the few page helpers BiDi needs: Firefox never reports `load` for moz-extension
 * pages to the driver, so their navigations are started, not awaited, and the document is waited for.
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { type LaunchedFirefox, launchFirefox } from '@/utils/cli/launch-firefox';
import { type DemoServer, startDemoServer } from '../../../utils/cli/demo-server';

/** The extension built by `npx wxt build -b firefox --mode e2e`. */
export const FIREFOX_E2E_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2-e2e');

export interface FirefoxEnv {
  server: DemoServer;
  firefox: LaunchedFirefox;
  /** Absolute URL of a page on the demo server. */
  pageUrl(name: string): string;
  /** `moz-extension://…/<path>`. */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/** Serves `pagesDir` and starts Firefox with the e2e build. */
export async function startFirefoxEnv(pagesDir: string, uiLanguage?: string): Promise<FirefoxEnv> {
  const server = await startDemoServer(pagesDir);
  const firefox = await launchFirefox({ extensionDir: FIREFOX_E2E_EXTENSION_DIR, uiLanguage }).catch(
    async (err) => {
      await server.close();
      throw new Error(
        `Firefox did not start with the extension (run \`npx wxt build -b firefox --mode e2e\`): ${err}`,
      );
    },
  );
  return {
    server,
    firefox,
    pageUrl: (name) => new URL(name, server.url).href,
    extensionUrl: (path) => new URL(path, firefox.extensionBase).href,
    async close() {
      await firefox.close();
      await server.close();
    },
  };
}

/**
 * Waits until `page` shows `url` with its DOM parsed. Polled by hand: the driver's own waits are tied to
 * navigation events Firefox does not send for these pages, and a poll landing mid-navigation may throw.
 */
async function documentAt(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = await page
      .evaluate((wanted) => location.href === wanted && document.readyState !== 'loading', url)
      .catch(() => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`${url} did not open within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Opens an extension page (or any page) in a new tab; resolves once its DOM is there. */
export async function openPage(env: FirefoxEnv, url: string): Promise<Page> {
  const page = await env.firefox.browser.newPage();
  // Never awaited for moz-extension pages (see above); its late rejection is expected.
  void page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => {});
  await documentAt(page, url);
  return page;
}

/** The id of the tab showing exactly `url`, asked from an extension page (`tabs.query` works there). */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted) => {
    type Tabs = { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
    // Firefox match patterns cannot hold a port, so query all tabs and compare URLs.
    const tabs = await (globalThis as unknown as { browser: Tabs }).browser.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url} (does the build have host access to it?)`);
  return id;
}

/** Opens the popup as a tab for `tabId` and waits until it has finished (analysis or error). */
export async function openPopup(env: FirefoxEnv, tabId: number): Promise<Page> {
  const popup = await openPage(env, env.extensionUrl(`popup.html?tabId=${tabId}`));
  await popup.waitForSelector('main.popup:not([data-state="loading"])', { timeout: 20_000 });
  return popup;
}
