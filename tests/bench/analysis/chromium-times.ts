/**
 * Times the whole analysis where the product runs it: in Debian's Chromium, in a dedicated worker, with
 * linkedom (the popup's analysis worker does exactly this). Each revision's pipeline is bundled with
 * esbuild into its own worker; pages go to the workers one at a time, sides rotated page by page.
 */
import { build } from 'esbuild';
import { launchChromium } from '@/utils/cli/launch-chromium';
import type { Page } from '../extract/corpus';
import { snapshotOf } from './pages';

/** Worker source: the revision under `root`'s pipeline, timing `repeats` analyses of each snapshot posted. */
async function workerSource(root: string): Promise<string> {
  const entry = `
    import { analyzeSnapshot } from './utils/article/analyze-document';
    import { parseHtmlWithLinkedom } from './utils/article/parse-html-linkedom';
    self.onmessage = (e) => {
      const { snapshot, repeats } = e.data;
      let best = Infinity;
      let words = 0;
      for (let r = 0; r < repeats; r++) {
        const start = performance.now();
        const result = analyzeSnapshot(snapshot, parseHtmlWithLinkedom);
        best = Math.min(best, performance.now() - start);
        words = result.ok ? result.value.wordCount : -1;
      }
      self.postMessage({ best, words });
    };`;
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    logLevel: 'error',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** Per side (name → source root), the best time of each page in Chromium (ms), in page order. */
export async function timeSidesInChromium(
  pages: Page[],
  roots: Record<string, string>,
  repeats: number,
): Promise<Record<string, number[]>> {
  const names = Object.keys(roots);
  const sources = await Promise.all(names.map((n) => workerSource(roots[n] as string)));
  const browser = await launchChromium();
  try {
    const tab = await browser.context.newPage();
    await tab.goto('about:blank');
    await tab.evaluate((codes) => {
      const w = globalThis as unknown as { benchWorkers: Worker[] };
      w.benchWorkers = codes.map(
        (code) => new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' }))),
      );
    }, sources);
    const run = (side: number, snapshot: unknown, times: number) =>
      tab.evaluate(
        ([i, snap, n]) =>
          new Promise<number>((resolve) => {
            const worker = (globalThis as unknown as { benchWorkers: Worker[] }).benchWorkers[i as number];
            if (!worker) throw new Error('no worker');
            worker.onmessage = (e: MessageEvent<{ best: number }>) => resolve(e.data.best);
            worker.postMessage({ snapshot: snap, repeats: n });
          }),
        [side, snapshot, times] as const,
      );
    const times = Object.fromEntries(names.map((n) => [n, [] as number[]]));
    for (const page of pages.slice(0, 5))
      for (let i = 0; i < names.length; i++) await run(i, snapshotOf(page), 1);
    for (const [p, page] of pages.entries()) {
      for (let k = 0; k < names.length; k++) {
        const i = (p + k) % names.length;
        times[names[i] as string]?.push(await run(i, snapshotOf(page), repeats));
      }
    }
    return times;
  } finally {
    await browser.close();
  }
}
