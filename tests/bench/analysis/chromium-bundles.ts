/**
 * The code the Chromium timings run, bundled with esbuild from one revision's source tree: the popup's two
 * ways of analysing a page. Both time `repeats` analyses of a snapshot (parse included) and keep the best.
 */
import { build } from 'esbuild';

/** Times `analyzeSnapshot(snapshot, parse)` `repeats` times; the best run in ms and the word count. */
const TIMER = `
  const timeAnalysis = (snapshot, repeats) => {
    let best = Infinity;
    let words = 0;
    for (let r = 0; r < repeats; r++) {
      const start = performance.now();
      const result = analyzeSnapshot(snapshot, parse);
      best = Math.min(best, performance.now() - start);
      words = result.ok ? result.value.wordCount : -1;
    }
    return { best, words };
  };`;

async function bundle(root: string, entry: string): Promise<string> {
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    // As the product's bundler (Rolldown) leaves it: esbuild's Chrome targets rewrite every `\p{…}` regex literal
    // as a `new RegExp(…)` built again at each call, which the popup never runs.
    target: 'esnext',
    minify: true,
    logLevel: 'error',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** A dedicated worker parsing with linkedom, as the popup's worker does for huge pages. */
export const workerSource = (root: string): Promise<string> =>
  bundle(
    root,
    `import { analyzeSnapshot } from './utils/article/analyze-document';
    import { parseHtmlWithLinkedom as parse } from './utils/article/parse-html-linkedom';
    ${TIMER}
    self.onmessage = (e) => self.postMessage(timeAnalysis(e.data.snapshot, e.data.repeats));`,
  );

/**
 * A page script parsing with the browser's `DOMParser` on the page's own thread, as the popup does for
 * pages up to `MAIN_THREAD_MAX_CHARS`: it sets `globalThis.benchOnPage[slot]`.
 */
export const pageSource = (root: string, slot: number): Promise<string> =>
  bundle(
    root,
    `import { analyzeSnapshot } from './utils/article/analyze-document';
    import { parseHtmlInBrowser as parse } from './utils/article/parse-html';
    ${TIMER}
    const g = globalThis;
    g.benchOnPage ??= [];
    g.benchOnPage[${slot}] = timeAnalysis;`,
  );
