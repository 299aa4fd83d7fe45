/**
 * Child process of the entity benchmark: runs one checkout's analysis over the benchmark's inputs and prints one
 * JSON line per input ({set, id, entities, ms, entityMs, words}). The '@/' imports resolve through the tsconfig
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

const names = (list: { text: string }[]): string[] => list.map((e) => e.text);

function timeEntities(text: string, lang: string, title?: string): { entities: string[]; entityMs: number } {
  const t0 = performance.now();
  const entities = names(extractEntities(text, { lang, title }));
  return { entities, entityMs: performance.now() - t0 };
}

function run(input: BenchInput) {
  if (input.kind === 'text') {
    const { entities, entityMs } = timeEntities(input.text, input.lang);
    return { entities, ms: entityMs, entityMs, words: input.text.split(/\s+/).length };
  }
  const t0 = performance.now();
  const result = analyzeDocument(parseHtmlWithLinkedom(input.html, input.url), {
    url: input.url,
    consumeDocument: true,
  });
  const ms = performance.now() - t0;
  if (!result.ok) return { entities: [], ms, entityMs: 0, words: 0 };
  const a = result.value;
  // Run again on the extracted text alone, to time the entity step inside the analysis.
  const { entityMs } = timeEntities(a.text, a.lang, a.title);
  return { entities: names(a.entities), ms, entityMs, words: a.wordCount };
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
