/**
 * The attack suite's setup: hostile pages served from tests/e2e/security/pages on the loopback, and
 * Chromium with the e2e build. `*.github.io` resolves to the loopback too, so two pages can sit on two
 * hosts of a shared-hosting suffix (attacker.github.io, victim.github.io) over plain, insecure http.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type LaunchedBrowser, type LaunchOptions, launchChromium } from '@/utils/cli/launch-chromium';
import { type DemoServer, startDemoServer } from '../../../utils/cli/demo-server';
import { E2E_EXTENSION_DIR } from '../support/fixtures';

/** The hostile pages, one per finding. */
export const HOSTILE_DIR = resolve(import.meta.dirname, 'pages');

/** A server, a browser with the extension and helpers to reach both. */
export interface AttackEnv {
  server: DemoServer;
  browser: LaunchedBrowser;
  extensionId: string;
  /** `http://127.0.0.1:PORT/name` (a secure context: loopback). */
  local(name: string): string;
  /** `http://HOST.github.io:PORT/name` (an insecure context, on a shared-hosting suffix). */
  onGithubIo(host: string, name: string): string;
  /** Opens an extension page (`library.html`, `popup.html?tabId=N`…). */
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the hostile server and Chromium (pass launch options such as a profile directory). */
export async function startAttackEnv(options: Omit<LaunchOptions, 'extensionDir'> = {}): Promise<AttackEnv> {
  const server = await startDemoServer(HOSTILE_DIR);
  const browser = await launchChromium({
    ...options,
    extensionDir: E2E_EXTENSION_DIR,
    hostResolverRules: 'MAP *.github.io 127.0.0.1',
  });
  const extensionId = browser.extensionId;
  if (!extensionId) throw new Error('The extension did not load: run `npx wxt build --mode e2e` first.');
  const port = new URL(server.url).port;
  return {
    server,
    browser,
    extensionId,
    local: (name) => new URL(name, server.url).href,
    onGithubIo: (host, name) => `http://${host}.github.io:${port}/${name}`,
    async extensionPage(path) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Sends a message to the background from an extension page, as the popup or the library would. */
export function sendFrom(
  page: Page,
  type: string,
  payload: unknown,
): Promise<{ ok: boolean; value?: unknown }> {
  return page.evaluate(
    ([t, p]) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown }> } };
      };
      return chrome.runtime.sendMessage({ type: t, payload: p });
    },
    [type, payload] as const,
  );
}

/** Records the page's long tasks (≥ 50 ms) from its first script on; read them with `longestTask`. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The page's clock (`performance.now()`), to measure from a moment on. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** The longest main-thread task that started at or after `since` (0 when none reached 50 ms). */
export function longestTask(page: Page, since = 0): Promise<number> {
  return page.evaluate((from) => {
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    return Math.max(0, ...tasks.filter((t) => t.start >= from).map((t) => t.duration));
  }, since);
}

/** An `ArticleAnalysis` as the popup sends it with `article/save`, for `url` (fields overridable). */
export function analysisFor(url: string, fields: Record<string, unknown> = {}) {
  return {
    url,
    canonicalUrl: null,
    title: 'Une page',
    byline: null,
    siteName: null,
    lang: 'fr',
    publishedTime: null,
    excerpt: null,
    leadImage: null,
    html: '<p>Une page.</p>',
    text: 'Une page.',
    wordCount: 2,
    images: [],
    readingTimeMinutes: 1,
    entities: [],
    related: [],
    isArticle: true,
    ...fields,
  };
}

/** A summary row of Liseuse's own export, every field as this version writes it. */
export function exportedArticleRow(id: string, url: string, title: string) {
  return {
    id,
    url,
    originalUrl: url,
    canonicalUrl: null,
    title,
    byline: null,
    siteName: null,
    site: new URL(url).hostname,
    lang: 'fr',
    publishedTime: null,
    excerpt: null,
    leadImage: null,
    wordCount: 12,
    readingTimeMinutes: 1,
    savedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    status: 'unread',
    favorite: 0,
    tags: ['cloud'],
    entityKeys: [],
    progress: 0,
    position: 0,
    hasContent: true,
    source: 'web',
  };
}
