/**
 * Save for later from the popup in real Chromium: the Save button stores the demo article, the saved
 * state links to the library, which lists it; reopening the popup shows it saved (with Update), and a
 * second saved article sharing entities appears among related stories, marked as from the library.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTabId, openArticleWithPopup, openPopupPage } from '@/utils/cli/popup-page';
import { type E2eEnv, startE2eEnv } from './support/fixtures';

let env: E2eEnv;
const OTHER_PAGE = 'actu-57412/hewlett-packard-enterprise-messagerie-piratee-midnight-blizzard/';

beforeAll(async () => {
  env = await startE2eEnv({ locale: 'en-US', uiLanguage: 'en-US' });
});

afterAll(async () => {
  await env?.close();
});

async function saveFromPopup(popup: Page): Promise<void> {
  await popup.getByTestId('save-button').click();
  await popup.getByTestId('saved-state').waitFor({ timeout: 15_000 });
}

describe('save from the popup', () => {
  let articleUrl: string;
  let tabId: number;

  beforeAll(() => {
    articleUrl = env.pageUrl('fr-tech-article.html');
  });

  it('saves the demo article and shows the saved state with a link to the library', async () => {
    const sw = env.browser.serviceWorker;
    if (!sw) throw new Error('no service worker');
    const opened = await openArticleWithPopup(env.browser.context, sw, env.extensionId, articleUrl);
    tabId = opened.tabId;
    const { popup } = opened;
    await saveFromPopup(popup);
    const saved = popup.getByTestId('saved-state');
    expect(await saved.textContent()).toContain('Saved');
    const link = await popup.getByTestId('saved-library-link').getAttribute('href');
    expect(link).toMatch(/^chrome-extension:\/\/[^/]+\/library\.html\?article=/);
    await popup.close();
  });

  it('lists the saved article in the library', async () => {
    const library = await env.browser.context.newPage();
    await library.goto(`chrome-extension://${env.extensionId}/library.html`);
    // Rows appear first as placeholders ("Loading…") while the virtual list fetches their summaries.
    const row = library.getByTestId('library-item').filter({ hasText: 'Midnight Blizzard' });
    await row.first().waitFor({ timeout: 10_000 });
    expect(await library.getByTestId('library-item').count()).toBe(1);
    await library.close();
  });

  it('shows the saved state with Update when the popup opens again', async () => {
    const popup = await openPopupPage(env.browser.context, env.extensionId, tabId);
    await popup.getByTestId('saved-state').waitFor({ timeout: 10_000 });
    expect(await popup.getByTestId('save-button').count()).toBe(0);
    expect(await popup.getByTestId('save-update').count()).toBe(1);
    await popup.close();
  });

  it('lists another saved article sharing entities as related from the library, not the page itself', async () => {
    const sw = env.browser.serviceWorker;
    if (!sw) throw new Error('no service worker');
    const other = await openArticleWithPopup(
      env.browser.context,
      sw,
      env.extensionId,
      env.pageUrl(OTHER_PAGE),
    );
    const related = other.popup.locator('[data-testid="related-item"][data-source="library"]');
    await related.first().waitFor({ timeout: 10_000 });
    expect(await related.count()).toBe(1);
    expect(await related.first().textContent()).toContain('Midnight Blizzard');
    expect(await related.first().getByTestId('library-badge').count()).toBe(1);
    const href = await related.first().locator('a').getAttribute('href');
    expect(href).toMatch(/\/library\.html\?article=/);
    await saveFromPopup(other.popup);
    // Back on the first article: the second one is now related from the library, the first is excluded.
    const popup = await openPopupPage(env.browser.context, env.extensionId, await findTabId(sw, articleUrl));
    const back = popup.locator('[data-testid="related-item"][data-source="library"]');
    await back.first().waitFor({ timeout: 10_000 });
    expect(await back.allInnerTexts()).toHaveLength(1);
    expect((await back.first().textContent())?.toLowerCase()).toContain('hewlett');
  });

  it('opens the library filtered by an entity clicked in the popup', async () => {
    const popup = await openPopupPage(env.browser.context, env.extensionId, tabId);
    const opened = env.browser.context.waitForEvent('page');
    await popup.locator('[data-testid="entity"] button', { hasText: 'Midnight Blizzard' }).first().click();
    const library = await opened;
    await library.waitForLoadState();
    expect(library.url()).toContain('library.html?entity=Midnight+Blizzard');
    await library.getByTestId('library-item').first().waitFor({ timeout: 10_000 });
    expect(await library.getByTestId('library-item').count()).toBe(2);
  });
});
