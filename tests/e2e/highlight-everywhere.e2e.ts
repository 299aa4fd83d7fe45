/**
 * Highlighting without a detour (issue 13), in Chromium: the popup's hint names every way to start
 * (its button, the context-menu entry, the shortcut); "Show the highlight toolbar on every site" is
 * off by default, and then a selection on a page shows nothing; turning it on asks the browser for
 * all sites. With all sites granted (a build that has them, since a test cannot accept the
 * browser's prompt), selecting text on any page offers the toolbar at once, without the popup.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '@/utils/cli/demo-server';
import { type LaunchedBrowser, launchChromium } from '@/utils/cli/launch-chromium';
import { openArticleWithPopup } from '@/utils/cli/popup-page';
import { shadowTestId } from './support/closed-shadow';
import { type E2eEnv, PAGES_DIR, startE2eEnv } from './support/fixtures';
import { libraryUrl } from './support/library';
import { selectWithMouse } from './support/passage-points';

const ROOT = resolve(import.meta.dirname, '../..');
const ALL_SITES_DIR = resolve(ROOT, '.output/chrome-mv3-e2e-all-sites');
const PASSAGE = 'activer la MFA partout';

// The toolbar lives in a closed shadow root: only the DevTools protocol sees inside it.
const toolbarShown = (page: Page) =>
  shadowTestId(page, 'highlight-button')
    .isVisible()
    .catch(() => false);

/** The ids of the content scripts the extension has registered. */
const registeredScripts = async (worker: LaunchedBrowser['serviceWorker']) =>
  (await worker?.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } };
    };
    return (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id);
  })) ?? [];

describe('with the e2e build (the setting off)', () => {
  let env: E2eEnv;
  beforeAll(async () => {
    env = await startE2eEnv({ locale: 'en-US', uiLanguage: 'en-US' });
  });
  afterAll(async () => {
    await env?.close();
  });

  it('names the button, the context-menu entry and the shortcut in the popup', async () => {
    const sw = env.browser.serviceWorker;
    if (!sw) throw new Error('no service worker');
    const { article, popup } = await openArticleWithPopup(
      env.browser.context,
      sw,
      env.extensionId,
      env.pageUrl('fr-tech-article.html'),
    );
    const hint = await popup.getByTestId('highlight-hint').textContent();
    expect(hint).toContain('“Highlight on this page”');
    expect(hint).toContain('“Highlight with Liseuse”');
    expect(hint).toContain('Alt+Shift+H');
    expect(await popup.getByTestId('highlight-settings-link').getAttribute('href')).toMatch(
      /library\.html\?view=settings$/,
    );
    await popup.close();
    await article.close();
  });

  it('is off by default: a selection on a page shows no toolbar, and nothing is registered', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.pageUrl('fr-tech-article.html'));
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await page.waitForTimeout(800);
    expect(await toolbarShown(page)).toBe(false);
    expect(await registeredScripts(env.browser.serviceWorker)).not.toContain('liseuse-selection-loader');
    await page.close();
  });

  it('asks the browser for all sites when turned on, and shows it on only once granted', async () => {
    const settings = await env.browser.context.newPage();
    await settings.goto(libraryUrl(env.extensionId, '?view=settings'));
    const box = settings.getByTestId('setting-toolbar-everywhere');
    await expect.poll(() => box.isEnabled()).toBe(true);
    expect(await box.isChecked()).toBe(false);
    await box.click();
    // The browser's prompt is open (a test cannot answer it): the box waits, unchecked.
    await expect.poll(() => box.isDisabled()).toBe(true);
    expect(await box.isChecked()).toBe(false);
    await settings.close();
  });
});

describe('with all sites granted', () => {
  let browser: LaunchedBrowser;
  let server: DemoServer;
  beforeAll(async () => {
    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e-all-sites'], { cwd: ROOT, stdio: 'ignore' });
    server = await startDemoServer(PAGES_DIR);
    browser = await launchChromium({ extensionDir: ALL_SITES_DIR });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the setting on, and offers the toolbar on a selection without the popup', async () => {
    const settings = await browser.context.newPage();
    await settings.goto(libraryUrl(browser.extensionId ?? '', '?view=settings'));
    await expect.poll(() => settings.getByTestId('setting-toolbar-everywhere').isChecked()).toBe(true);
    await settings.close();
    // The background registers the selection loader when it starts; a page opened before then has none.
    await expect
      .poll(() => registeredScripts(browser.serviceWorker), { timeout: 20_000 })
      .toContain('liseuse-selection-loader');
    const page = await browser.context.newPage();
    await page.goto(new URL('fr-tech-article.html', server.url).href);
    expect(await selectWithMouse(page, PASSAGE)).toBe(PASSAGE);
    await expect.poll(() => toolbarShown(page), { timeout: 10_000 }).toBe(true);
    await shadowTestId(page, 'highlight-button').click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.getAttribute('data-liseuse-anchored')), {
        timeout: 10_000,
      })
      .toBe('1');
    await page.close();
  });
});
