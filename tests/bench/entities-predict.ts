/**
 * Child process of the entity benchmark: runs one checkout's analysis over the benchmark's inputs and prints one
 * JSON line per input ({set, id, entities, types, ms, entityMs, words}; times in CPU ms); `types` is left out when the checkout's
 * entities carry none (an older revision). The '@/' imports resolve through the tsconfig
 * tsx is started with, so the same script measures this branch or a copy of main (see entities-baseline.ts).
 *
 *   tsx [--tsconfig OTHER/tsconfig.json] tests/bench/entities-predict.ts SHARED GOLD.json
 */
import { analyzeDocument } from '@/utils/article/analyze-document';
import { extractEntities } from '@/utils/article/entities';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { type BenchInput, goldInput, loadDocs, loadGold } from './entities-corpus';

const [shared, goldFile] = process.argv.slice(2);
if (!shared || !goldFile) {
  console.error('usage: tsx tests/bench/entities-predict.ts SHARED GOLD.json');
  process.exit(2);
}

type Listed = { text: string; type?: string }[];
const names = (list: Listed): string[] => list.map((e) => e.text);
const types = (list: Listed): string[] | undefined =>
  list.every((e) => typeof e.type === 'string') ? list.map((e) => e.type as string) : undefined;
// Each input is timed several times and its median kept: the machine is shared, single runs are noisy.
const RUNS = 5;

/** CPU time this process has used (user and system), in ms: other processes' load moves it less than the clock. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function medianTime<T>(f: () => T): { value: T; ms: number } {
  const times: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const t0 = cpuMs();
    value = f();
    times.push(cpuMs() - t0);
  }
  times.sort((a, b) => a - b);
  return { value: value as T, ms: times[Math.floor(RUNS / 2)] ?? 0 };
}

function run(input: BenchInput) {
  if (input.kind === 'text') {
    const { value, ms } = medianTime(() => extractEntities(input.text, { lang: input.lang }));
    return {
      entities: names(value),
      types: types(value),
      ms,
      entityMs: ms,
      words: input.text.split(/\s+/).length,
    };
  }
  // The whole analysis, as the CLI and the popup run it: parse, extract, entities, related stories.
  const analysis = medianTime(() =>
    analyzeDocument(parseHtmlWithLinkedom(input.html, input.url), { url: input.url, consumeDocument: true }),
  );
  if (!analysis.value.ok) return { entities: [], ms: analysis.ms, entityMs: 0, words: 0 };
  const a = analysis.value.value;
  // The entity step alone, on the extracted text.
  const step = medianTime(() => extractEntities(a.text, { lang: a.lang, title: a.title }));
  return {
    entities: names(a.entities),
    types: types(a.entities),
    ms: analysis.ms,
    entityMs: step.ms,
    words: a.wordCount,
  };
}

const docs = loadDocs(shared);
const byId = new Map(docs.map((d) => [d.id, d]));
const inputs: { set: string; input: BenchInput }[] = [
  ...loadGold(goldFile).map((p) => ({ set: 'gold', input: goldInput(shared, p, byId) })),
  ...docs.map((d) => ({
    set: 'docs',
    input: { kind: 'text', id: d.id, text: d.text, lang: d.lang } as BenchInput,
  })),
];
// Warm the JIT up so the first inputs' times are not outliers.
for (const { input } of inputs.slice(0, 8)) run(input);
for (const { set, input } of inputs) {
  process.stdout.write(`${JSON.stringify({ set, id: input.id, ...run(input) })}\n`);
}
