/**
 * The library's "Open the page and save it" for a saved link: opens the page in a tab, waits for it
 * to load, and saves it through the same flow as the context menu (the reader granted the site's
 * access just before, in the library). When the page settles at another address than the link, the
 * link-only item hands its tags, star and status to the saved article and goes.
 */
import { browser } from 'wxt/browser';
import { normalizeUrl } from '@/utils/shared/normalize-url';
import { deleteArticle, findArticleByUrl, getDatabase, updateArticle } from '@/utils/store';
import type { SaveResult } from '@/utils/store/types';
import { analyzeAndSaveTab } from './save-tab';

const LOAD_TIMEOUT_MS = 30_000;
const LOAD_POLL_MS = 250;

/**
 * Resolves once tab `tabId` has finished loading its page (or after a timeout: it is analysed as it is).
 * The tab's state is also polled: in about one run in four here, Chromium sent no "complete" update to a
 * listener added right after the tab was created, and the save waited for the whole timeout.
 */
function loaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      clearInterval(poll);
      browser.tabs.onUpdated.removeListener(onUpdated);
      resolve();
    };
    // A new tab can say "complete" for the blank document it starts with, before the page loads.
    const settled = (tab: { status?: string; url?: string }) =>
      tab.status === 'complete' && tab.url !== 'about:blank';
    const check = () => void browser.tabs.get(tabId).then((tab) => settled(tab) && done(), done);
    const onUpdated = (id: number, _change: unknown, tab: { status?: string; url?: string }) => {
      if (id === tabId && settled(tab)) done();
    };
    const timer = setTimeout(done, LOAD_TIMEOUT_MS);
    const poll = setInterval(check, LOAD_POLL_MS);
    browser.tabs.onUpdated.addListener(onUpdated);
    check();
  });
}

/** Moves what the reader gave the link-only item onto the captured article, then deletes the item. */
async function foldLinkInto(linkUrl: string, saved: SaveResult): Promise<void> {
  const db = getDatabase();
  const url = normalizeUrl(linkUrl);
  const link = url ? await findArticleByUrl(db, url) : undefined;
  if (!link || link.id === saved.id || link.hasContent) return;
  const target = (await db.articles.get(saved.id)) ?? null;
  if (!target) return;
  await updateArticle(db, saved.id, {
    tags: [...new Set([...target.tags, ...link.tags])],
    ...(link.favorite ? { favorite: true } : {}),
    ...(link.status === 'archived' ? { status: 'archived' as const } : {}),
  });
  await deleteArticle(db, link.id);
}

/** Opens `url`, saves the loaded page, and answers with the saved article. */
export async function capturePage(url: string): Promise<SaveResult> {
  const tab = await browser.tabs.create({ url, active: true });
  if (tab.id === undefined) throw new Error('No tab was opened.');
  await loaded(tab.id);
  const outcome = await analyzeAndSaveTab(tab.id);
  if (!outcome.ok)
    throw Object.assign(new Error(outcome.error.message || outcome.error.code), {
      code: outcome.error.code === 'quota-exceeded' ? 'quota-exceeded' : 'internal',
    });
  await foldLinkInto(url, outcome.value);
  return outcome.value;
}
