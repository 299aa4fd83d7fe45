/**
 * Times the whole analysis where the product runs it, in Debian's Chromium: on the page's own thread with
 * `DOMParser` (what the popup does for nine pages in ten) and in a dedicated worker with linkedom (the
 * popup's worker, for huge pages). Each revision's pipeline is bundled into its own worker and page script;
 * pages are timed one at a time, sides rotated page by page.
 */
import type { Page as Tab } from 'playwright-core';
import type { PageSnapshot } from '@/utils/article/page-snapshot';
import { launchChromium } from '@/utils/cli/launch-chromium';
import type { Page } from '../extract/corpus';
import { pageSource, workerSource } from './chromium-bundles';
import { snapshotOf } from './pages';

/** Per way of running, per side (name → source root), the best time of each page (ms), in page order. */
export interface ChromiumTimes {
  onPage: Record<string, number[]>;
  inWorker: Record<string, number[]>;
}

interface BenchGlobals {
  benchWorkers: Worker[];
  benchOnPage: ((snapshot: PageSnapshot, repeats: number) => { best: number })[];
}

async function loadSides(tab: Tab, roots: string[]): Promise<void> {
  const workers = await Promise.all(roots.map(workerSource));
  await tab.evaluate((codes) => {
    (globalThis as unknown as BenchGlobals).benchWorkers = codes.map(
      (code) => new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' }))),
    );
  }, workers);
  for (const [slot, root] of roots.entries())
    await tab.addScriptTag({ content: await pageSource(root, slot) });
}

const inWorker = (tab: Tab, side: number, snapshot: PageSnapshot, repeats: number) =>
  tab.evaluate(
    ([i, snap, n]) =>
      new Promise<number>((resolve) => {
        const worker = (globalThis as unknown as BenchGlobals).benchWorkers[i];
        if (!worker) throw new Error('no worker');
        worker.onmessage = (e: MessageEvent<{ best: number }>) => resolve(e.data.best);
        worker.postMessage({ snapshot: snap, repeats: n });
      }),
    [side, snapshot, repeats] as const,
  );

const onPage = (tab: Tab, side: number, snapshot: PageSnapshot, repeats: number) =>
  tab.evaluate(
    ([i, snap, n]) => {
      const time = (globalThis as unknown as BenchGlobals).benchOnPage[i];
      if (!time) throw new Error('no page script');
      return time(snap, n).best;
    },
    [side, snapshot, repeats] as const,
  );

/** Per side (name → source root), the best time of each page in Chromium, both ways (ms), in page order. */
export async function timeSidesInChromium(
  pages: Page[],
  roots: Record<string, string>,
  repeats: number,
): Promise<ChromiumTimes> {
  const names = Object.keys(roots);
  const browser = await launchChromium();
  try {
    const tab = await browser.context.newPage();
    await tab.goto('about:blank');
    await loadSides(tab, Object.values(roots));
    const empty = () => Object.fromEntries(names.map((n) => [n, [] as number[]]));
    const times: ChromiumTimes = { onPage: empty(), inWorker: empty() };
    for (const page of pages.slice(0, 5))
      for (let i = 0; i < names.length; i++) {
        await inWorker(tab, i, snapshotOf(page), 1);
        await onPage(tab, i, snapshotOf(page), 1);
      }
    for (const [p, page] of pages.entries()) {
      for (let k = 0; k < names.length; k++) {
        const i = (p + k) % names.length;
        const snapshot = snapshotOf(page);
        times.inWorker[names[i] as string]?.push(await inWorker(tab, i, snapshot, repeats));
        times.onPage[names[i] as string]?.push(await onPage(tab, i, snapshot, repeats));
      }
    }
    return times;
  } finally {
    await browser.close();
  }
}
