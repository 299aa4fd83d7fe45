/** Shared e2e setup: the demo server over the project's fixture pages and Chromium with the e2e build. */
import { resolve } from 'node:path';
import { type LaunchedBrowser, type LaunchOptions, launchChromium } from '@/utils/cli/launch-chromium';
import { type DemoServer, startDemoServer } from '../../../utils/cli/demo-server';

/** The extension built by `npx wxt build --mode e2e` (`LISEUSE_E2E_EXTENSION_DIR` measures another build). */
export const E2E_EXTENSION_DIR =
  process.env.LISEUSE_E2E_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../../.output/chrome-mv3-e2e');
/** The project's own demo and fixture pages. */
export const PAGES_DIR = resolve(import.meta.dirname, '../../fixtures/pages');

/** A demo server plus a browser with Liseuse loaded; `close()` stops both. */
export interface E2eEnv {
  server: DemoServer;
  browser: LaunchedBrowser;
  extensionId: string;
  /** Absolute URL of a fixture page on the demo server. */
  pageUrl(name: string): string;
  close(): Promise<void>;
}

/** Starts the demo server and Chromium with the e2e build (pass launch options such as `uiLanguage`). */
export async function startE2eEnv(options: Omit<LaunchOptions, 'extensionDir'> = {}): Promise<E2eEnv> {
  const server = await startDemoServer(PAGES_DIR);
  const browser = await launchChromium({ ...options, extensionDir: E2E_EXTENSION_DIR });
  if (!browser.extensionId)
    throw new Error('The extension did not load: run `npx wxt build --mode e2e` first.');
  return {
    server,
    browser,
    extensionId: browser.extensionId,
    pageUrl: (name) => new URL(name, server.url).href,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
