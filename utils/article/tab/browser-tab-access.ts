/** The popup's edge: the real `browser.tabs` / `browser.scripting` calls and the analysis in a worker. */
import { browser } from 'wxt/browser';
import { type PageSnapshot, takePageSnapshot } from '@/utils/article/page-snapshot';
import { isRestrictedUrl } from '@/utils/article/restricted-url';
import { analyzeInWorker, stopWorkerAnalysis } from '@/utils/article/tab/analyze-in-worker';
import { analyzeOnMainThread, MAIN_THREAD_MAX_CHARS } from '@/utils/article/tab/analyze-on-main-thread';
import type { TabAccess, TabFacts } from '@/utils/article/tab/analyze-tab';
import { tabIdFromSearch } from '@/utils/article/tab/tab-target';

/** Tab access through the WebExtension APIs; the page only runs `takePageSnapshot`, parsing stays here. */
export const browserTabAccess: TabAccess = {
  async getTab(tabId) {
    const tab = await browser.tabs.get(tabId);
    return { url: tab.url, status: tab.status };
  },
  async snapshot(tabId, maxChars, graceMs) {
    performance.mark('liseuse:snapshot-start');
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: takePageSnapshot,
      args: [maxChars, graceMs],
      // By default the script waits for the page to be idle, which a hanging synchronous third-party
      // script puts off for as long as it hangs; the snapshot gives the page its own short grace instead.
      // Chromium 102+ and Firefox 102+ (the manifest asks 140+).
      injectImmediately: true,
    });
    if (!injection || injection.result === undefined) throw new Error('The page returned no snapshot.');
    performance.mark('liseuse:snapshot-taken');
    return injection.result as PageSnapshot;
  },
  async analyze(snapshot) {
    // A huge page is parsed and analysed in a worker: on the popup's main thread a page of 200,000
    // elements froze it for seconds. An ordinary page is quicker here (the browser's own parser, no
    // worker start-up): it takes tens of milliseconds.
    const result =
      snapshot.html.length > MAIN_THREAD_MAX_CHARS
        ? await analyzeInWorker(snapshot)
        : await analyzeOnMainThread(snapshot);
    // Marks show up in DevTools' performance panel and the e2e timing report.
    performance.mark('liseuse:analysed');
    return result;
  },
  // `file:` pages are tried: injection itself fails (and says so) unless the user allowed file access.
  isRestrictedUrl: (url) => isRestrictedUrl(url, { fileAccess: true }),
  stop: stopWorkerAnalysis,
};

/** A tab found for the popup, with what the browser told of it. */
export type TargetTab = TabFacts & { id: number };

/**
 * The tab the popup is about: `?tabId=N` in its URL, else the active tab of the current window. Either answer
 * carries the tab's URL and status, so the popup asks the browser once before the snapshot, not twice.
 */
export async function resolveTargetTab(search: string): Promise<TargetTab | null> {
  const fromQuery = tabIdFromSearch(search);
  const tab =
    fromQuery !== null
      ? await browser.tabs.get(fromQuery)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, status: tab.status };
}
