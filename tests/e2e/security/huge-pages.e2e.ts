/**
 * Huge pages against the popup (finding 10 of issue 14): a page of 200,000 elements and a 20 MB page
 * froze the popup for seconds while it parsed and analysed them on its main thread. The popup must stay
 * responsive (its longest task is measured) and still say the page was too large to read whole.
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
});
