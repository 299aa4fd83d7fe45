/**
 * Huge pages against the popup (finding 10 of issue 14): a page of 200,000 elements and a 20 MB page
 * froze the popup for seconds while it parsed and analysed them on its main thread. The popup must stay
 * responsive (its longest task is measured) and still say the page was too large to read whole. A long page
 * that is not too large is analysed in the popup's worker, started for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTabId } from '@/utils/cli/popup-page';
import { type AttackEnv, longestTask, startAttackEnv, watchLongTasks } from './support';

let env: AttackEnv;

beforeAll(async () => {
  env = await startAttackEnv();
});

afterAll(async () => {
  await env?.close();
});

/** Opens `name`, then its popup (recording long tasks from the popup's first script), until it is done. */
async function popupOn(name: string) {
  const page = await env.browser.context.newPage();
  await page.goto(env.local(name), { waitUntil: 'load' });
  const worker = env.browser.serviceWorker;
  if (!worker) throw new Error('no service worker');
  const tabId = await findTabId(worker, page.url());
  const popup = await env.browser.context.newPage();
  await watchLongTasks(popup);
  await popup.goto(`chrome-extension://${env.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('main.popup:not([data-state="loading"])', { timeout: 60_000 });
  return { page, popup };
}

describe('huge pages', () => {
  it.each([
    ['huge-dom.html', '200,000 elements'],
    ['huge-text.html', '20 MB of text'],
  ])('%s (%s) keeps the popup responsive and says the page is too large', async (name, what) => {
    const { page, popup } = await popupOn(name);
    const longest = await longestTask(popup);
    console.info(`[liseuse] popup on a page of ${what}: longest main-thread task ${longest.toFixed(0)} ms`);
    const codes = await popup
      .getByTestId('popup-error')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-error-code')));
    expect(codes).toContain('too-large');
    expect(longest).toBeLessThan(250);
    await popup.close();
    await page.close();
  });

  it('analyses a long page (past 400,000 characters of HTML) in the worker and shows the article', async () => {
    const { page, popup } = await popupOn('long-article.html');
    const longest = await longestTask(popup);
    console.info(`[liseuse] popup on a long article page: longest main-thread task ${longest.toFixed(0)} ms`);
    expect(await popup.locator('main.popup').getAttribute('data-state')).toBe('analysis');
    expect(await popup.getByTestId('popup-error').count()).toBe(0);
    expect(await popup.locator('h1').textContent()).toBe('Harbour lights return to Port Ellery');
    const entities = await popup.locator('[data-testid="entity"] .entity-name').allInnerTexts();
    expect(entities.map((e) => e.trim())).toContain('Maren Okafor');
    expect(longest).toBeLessThan(250);
    await popup.close();
    await page.close();
  });
});
