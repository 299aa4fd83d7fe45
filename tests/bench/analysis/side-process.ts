/**
 * One side of a timing bench in a Node process of its own (see process-times.ts): loads what it times (the
 * whole analysis or the text extraction of the revision at `root`, or plain Readability), runs it on every
 * page of the corpora once (warm-up), then times the pages the parent names, one message each: the best
 * wall-clock and CPU time of `repeats` runs, and the extracted text for an extraction.
 */
import { extractorOf, moduleAt } from '../extract/baseline';
import { type Corpus, loadCorpus, type Page } from '../extract/corpus';
import { plainReadability } from '../extract/plain-readability';
import { snapshotOf } from './pages';

/** What a side times: `bench:analysis`'s whole analysis, `bench:extract`'s parse and extraction, or plain Readability. */
export type SideJob = 'analysis' | 'extract' | 'readability';

export interface SideSetup {
  job: SideJob;
  /** The source tree whose `utils/` is timed (not read for plain Readability). */
  root: string;
  shared: string;
  names: Corpus['name'][];
  repeats: number;
}

/** One page's timing (ms) and, for an extraction, its text. */
export interface SideTiming {
  wall: number;
  cpu: number;
  text?: string;
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The function a side runs on a page: its text for an extraction, nothing for the analysis. */
async function jobOf(setup: SideSetup): Promise<(page: Page) => string | undefined> {
  if (setup.job === 'readability') return (page) => plainReadability(page.html, page.url);
  const { parseHtmlWithLinkedom } = await moduleAt(setup.root, 'utils/article/parse-html-linkedom.ts');
  if (setup.job === 'extract') {
    const { extractArticle } = await moduleAt(setup.root, 'utils/article/extract/extract-article.ts');
    const extract = extractorOf(extractArticle, parseHtmlWithLinkedom);
    return (page) => extract(page.html, page.url);
  }
  const { analyzeSnapshot } = await moduleAt(setup.root, 'utils/article/analyze-document.ts');
  return (page) => {
    analyzeSnapshot(snapshotOf(page), parseHtmlWithLinkedom);
    return undefined;
  };
}

process.once('message', async (setup: SideSetup) => {
  const job = await jobOf(setup);
  const pages = new Map(
    setup.names.flatMap((name) => loadCorpus(setup.shared, name).pages.map((p) => [`${name}/${p.id}`, p])),
  );
  for (const page of pages.values()) job(page);
  process.on('message', (id: string) => {
    const page = pages.get(id);
    let [wall, cpu] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
    let text: string | undefined;
    for (let r = 0; page && r < setup.repeats; r++) {
      const [start, startCpu] = [performance.now(), cpuMs()];
      text = job(page);
      wall = Math.min(wall, performance.now() - start);
      cpu = Math.min(cpu, cpuMs() - startCpu);
    }
    process.send?.({ wall, cpu, text } satisfies SideTiming);
  });
  process.send?.('ready');
});
