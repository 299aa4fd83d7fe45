/**
 * Entity benchmark: this branch against another revision (main by default) in the same run.
 *
 *   npm run bench:entities -- [SHARED] [--baseline REV|none]
 *
 * SHARED is the shared material folder (default ../shared from the project root). Prints, per language:
 * - on the reader's gold (tests/bench/entities-gold.json, modern French and English pages analysed by the full
 *   pipeline): real@10, key@5 and keyR@10 (see entities-gold-score.ts);
 * - on entities-dev (HIPE-2020, CoNLL-2003), split in two halves by a hash of the id (rules and weights were
 *   tuned looking at half A only; half B is the check): P@10, salient R@10 and R
 *   from the shared scorer (bench/entity-score.mjs), and the types shown for the top 10 that match a gold mention:
 *   share right, wrong and unlabelled (see entities-type-score.ts; `--type-cases FILE` writes every scored case
 *   of this branch as JSON lines, to look at);
 * - the median CPU time of a whole analysis (pages of 700–1,300 words) and of its entity step.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkoutRevision } from './entities-baseline';
import { loadDocs, loadGold, type NerDoc } from './entities-corpus';
import { emptyTally, formatTally, type GoldTally, scorePage } from './entities-gold-score';
import {
  emptyTypeTally,
  formatTypeTally,
  scoreTypes,
  type TypeCase,
  type TypeTally,
} from './entities-type-score';

interface Prediction {
  set: 'gold' | 'docs';
  id: string;
  entities: string[];
  /** Absent when the checkout's entities carry no type. */
  types?: string[];
  ms: number;
  entityMs: number;
  words: number;
}

const projectRoot = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const baselineAt = args.indexOf('--baseline');
const baselineRev = baselineAt >= 0 ? (args[baselineAt + 1] ?? 'main') : 'main';
const casesAt = args.indexOf('--type-cases');
const casesFile = casesAt >= 0 ? args[casesAt + 1] : undefined;
const optionValues = new Set([baselineAt + 1, casesAt + 1].filter((i) => i > 0));
const positional = args.filter((a, i) => !a.startsWith('--') && !optionValues.has(i));
const shared = resolve(positional[0] ?? join(projectRoot, '..', 'shared'));
const goldFile = join(projectRoot, 'tests', 'bench', 'entities-gold.json');
const scorer = join(shared, 'bench', 'entity-score.mjs');
const gold = loadGold(goldFile);
const docs = loadDocs(shared);

function predict(tsconfig: string): Prediction[] {
  const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
  const script = join(projectRoot, 'tests', 'bench', 'entities-predict.ts');
  const out = execFileSync(tsx, ['--tsconfig', tsconfig, script, shared, goldFile], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return out
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Prediction);
}

function goldFigures(preds: Prediction[]): string[] {
  const byId = new Map(preds.filter((p) => p.set === 'gold').map((p) => [p.id, p.entities]));
  const tallies = new Map<string, GoldTally>();
  for (const page of gold) {
    const t = tallies.get(page.lang) ?? emptyTally();
    tallies.set(page.lang, t);
    scorePage(t, page, byId.get(page.id) ?? []);
  }
  return [...tallies].map(([lang, t]) => formatTally(`  ${lang}`, t));
}

/** FNV-1a of the id: a stable split of entities-dev into halves A (even) and B (odd). */
function half(id: string): 'A' | 'B' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'A' : 'B';
}

function docsFigures(preds: Prediction[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'liseuse-entities-'));
  const predFile = join(dir, 'predictions.jsonl');
  const lines = preds
    .filter((p) => p.set === 'docs')
    .map((p) => JSON.stringify({ id: p.id, entities: p.entities }));
  writeFileSync(predFile, lines.join('\n'));
  return (['A', 'B'] as const).flatMap((h) => {
    const subset = join(dir, `docs-${h}.jsonl`);
    writeFileSync(
      subset,
      docs
        .filter((d: NerDoc) => half(d.id) === h)
        .map((d) => JSON.stringify(d))
        .join('\n'),
    );
    const out = execFileSync('node', [scorer, subset, predFile], { encoding: 'utf8' }).trim().split('\n');
    return out.filter((l) => !l.startsWith('all')).map((l) => `  half ${h} ${l}`);
  });
}

function typeFigures(preds: Prediction[]): { lines: string[]; cases: TypeCase[] } {
  const docPreds = preds.filter((p) => p.set === 'docs');
  if (docPreds.some((p) => !p.types)) return { lines: ['  (this checkout shows no types)'], cases: [] };
  const byId = new Map(docPreds.map((p) => [p.id, p]));
  const tallies = new Map<string, TypeTally>();
  const cases: TypeCase[] = [];
  for (const d of [...docs].sort(
    (a, b) => half(a.id).localeCompare(half(b.id)) || a.lang.localeCompare(b.lang),
  )) {
    const key = `half ${half(d.id)} ${d.lang}`;
    const t = tallies.get(key) ?? emptyTypeTally();
    tallies.set(key, t);
    const p = byId.get(d.id);
    if (p) cases.push(...scoreTypes(t, d, p.entities, p.types ?? []));
  }
  return { lines: [...tallies].map(([key, t]) => formatTypeTally(`  ${key}`, t)), cases };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function timeFigures(preds: Prediction[]): string {
  const html = preds.filter((p) => p.set === 'gold' && p.ms !== p.entityMs);
  const pages = html.filter((p) => p.words >= 700 && p.words <= 1300);
  const docMs = preds.filter((p) => p.set === 'docs').map((p) => p.entityMs);
  const perThousand = html.map((p) => (1000 * p.entityMs) / Math.max(1, p.words));
  return (
    ` CPU time, median of 5 runs each: whole analysis of a 700–1,300-word page ` +
    `${median(pages.map((p) => p.ms)).toFixed(1)} ms (${pages.length} pages), its entity step ` +
    `${median(pages.map((p) => p.entityMs)).toFixed(2)} ms; entity step per 1,000 words ` +
    `${median(perThousand).toFixed(2)} ms (${html.length} pages); entities-dev ${median(docMs).toFixed(2)} ms a doc`
  );
}

function report(label: string, preds: Prediction[]): TypeCase[] {
  console.log(`\n${label}`);
  console.log(` reader's gold (${gold.length} pages):`);
  for (const l of goldFigures(preds)) console.log(l);
  console.log(` entities-dev (${docs.length} docs, halves by id hash):`);
  for (const l of docsFigures(preds)) console.log(l);
  console.log(' types of the top 10 that match a gold mention (entities-dev):');
  const types = typeFigures(preds);
  for (const l of types.lines) console.log(l);
  console.log(timeFigures(preds));
  return types.cases;
}

if (baselineRev !== 'none') {
  const tsconfig = checkoutRevision(projectRoot, baselineRev);
  if (tsconfig) report(`baseline: ${baselineRev}`, predict(tsconfig));
  else console.log(`\n(no baseline: git could not provide ${baselineRev})`);
}
const cases = report('this branch', predict(join(projectRoot, 'tsconfig.json')));
if (casesFile)
  writeFileSync(casesFile, cases.map((c) => JSON.stringify({ half: half(c.id), ...c })).join('\n'));
