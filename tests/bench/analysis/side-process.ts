/**
 * One side of `bench:analysis` in a Node process of its own (see process-times.ts): loads the revision at
 * the root it is given, analyses every page of the corpora once (warm-up), then times the pages the parent
 * names, one message each: the best wall-clock and CPU time of `repeats` runs.
 */
import { moduleAt } from '../extract/baseline';
import { type Corpus, loadCorpus } from '../extract/corpus';
import { snapshotOf } from './pages';

export interface SideSetup {
  root: string;
  shared: string;
  names: Corpus['name'][];
  repeats: number;
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

process.once('message', async (setup: SideSetup) => {
  const { analyzeSnapshot } = await moduleAt(setup.root, 'utils/article/analyze-document.ts');
  const { parseHtmlWithLinkedom } = await moduleAt(setup.root, 'utils/article/parse-html-linkedom.ts');
  const pages = new Map(
    setup.names.flatMap((name) => loadCorpus(setup.shared, name).pages.map((p) => [`${name}/${p.id}`, p])),
  );
  const run = (id: string) => {
    const page = pages.get(id);
    if (page) analyzeSnapshot(snapshotOf(page), parseHtmlWithLinkedom);
  };
  for (const id of pages.keys()) run(id);
  process.on('message', (id: string) => {
    let [wall, cpu] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
    for (let r = 0; r < setup.repeats; r++) {
      const [start, startCpu] = [performance.now(), cpuMs()];
      run(id);
      wall = Math.min(wall, performance.now() - start);
      cpu = Math.min(cpu, cpuMs() - startCpu);
    }
    process.send?.({ wall, cpu });
  });
  process.send?.('ready');
});
