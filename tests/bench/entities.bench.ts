// Entity benchmark: npm run bench:entities -- DOCS.jsonl [SCORER.mjs]
// Runs extractEntities over each document, scores the ranked lists with the shared scorer (P@10, salient
// recall@10, recall, per language), and does the same for a naive baseline (capitalised words by frequency) so
// the figures have a reference. Prints median and p95 time per document.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractEntities } from '@/utils/article/entities';

interface Doc {
  id: string;
  lang: string;
  text: string;
}

const [docsPath, scorerArg] = process.argv.slice(2);
if (!docsPath) {
  console.error('usage: npm run bench:entities -- DOCS.jsonl [SCORER.mjs]');
  process.exit(2);
}
const scorer = resolve(scorerArg ?? '../shared/bench/entity-score.mjs');
const docs: Doc[] = readFileSync(docsPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Doc);

/** Baseline: every capitalised word, most frequent first. */
function naive(text: string): string[] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\b\p{Lu}[\p{L}\d-]+/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function score(name: string, predictions: { id: string; entities: string[] }[]): void {
  const dir = mkdtempSync(join(tmpdir(), 'liseuse-entities-'));
  const file = join(dir, `${name}.jsonl`);
  writeFileSync(file, predictions.map((p) => JSON.stringify(p)).join('\n'));
  console.log(`\n${name}  (${file})`);
  console.log(execFileSync('node', [scorer, resolve(docsPath as string), file], { encoding: 'utf8' }).trim());
}

// Warm up the JIT so the first document's time is not an outlier of the measurement.
for (const d of docs.slice(0, 5)) extractEntities(d.text, { lang: d.lang });
const times: number[] = [];
const ours = docs.map((d) => {
  const t0 = performance.now();
  const entities = extractEntities(d.text, { lang: d.lang }).map((e) => e.text);
  times.push(performance.now() - t0);
  return { id: d.id, entities };
});
const baseline = docs.map((d) => ({ id: d.id, entities: naive(d.text) }));
score('baseline-capitalised-frequency', baseline);
score('liseuse-extractEntities', ours);
times.sort((a, b) => a - b);
const words = docs.map((d) => d.text.split(/\s+/).length).sort((a, b) => a - b);
console.log(
  `\ntime per doc: median ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms, ` +
    `max ${(times.at(-1) ?? 0).toFixed(2)} ms (${docs.length} docs, median ${percentile(words, 0.5)} words)`,
);
