/**
 * Related stories and header benchmark, against a reader's gold (tests/bench/related/*.json), for this tree
 * and a baseline branch (default `main`) in the same run, on the dev and validation splits.
 *
 *   npm run bench:related -- CORPORA_DIR [--baseline REF | --no-baseline] [--show]
 *
 * CORPORA_DIR holds zyte-dev/, trafilatura-dev/ and readability-test-pages/ (e.g. /work/shared/corpora).
 * Related: share of listed stories that are related or fair picks with a clean title; share of the related
 * stories (at most 6 a page) found in the first 6; pages where most of the list is junk. Header: share of
 * pages whose title, byline and site are among the accepted answers. Time: median analysis per page.
 */
import { resolve } from 'node:path';
import { exportRef, runPages } from './related/baseline';
import { type HeaderGoldPage, loadGold, pageFile, type RelatedGoldPage, storyKey } from './related/gold';
import { type HeaderOut, headerMismatches, scoreHeader } from './related/score-header';
import { isUnclean, type Listed, scoreRelated } from './related/score-related';

interface PageOut extends HeaderOut {
  id: string;
  ok: boolean;
  wordCount: number;
  related: Listed[];
  ms: number;
  metaMs: number;
  relatedMs: number;
}

const args = process.argv.slice(2);
const corpora = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--baseline');
if (!corpora) {
  console.error('usage: npm run bench:related -- CORPORA_DIR [--baseline REF | --no-baseline] [--show]');
  process.exit(2);
}
const baselineAt = args.indexOf('--baseline');
const baselineRef = args.includes('--no-baseline') ? null : baselineAt >= 0 ? args[baselineAt + 1] : 'main';
const projectRoot = resolve(import.meta.dirname, '..', '..');

const relatedGold = loadGold<RelatedGoldPage>('related-gold.json');
const headerGold = loadGold<HeaderGoldPage>('header-gold.json');

function pagesToRun() {
  const byId = new Map<string, { id: string; file: string; url: string | null }>();
  for (const page of [...relatedGold, ...headerGold]) {
    byId.set(page.id, { id: page.id, file: pageFile(resolve(corpora as string), page.id), url: page.url });
  }
  return [...byId.values()];
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : (sorted[Math.floor(sorted.length / 2)] as number);
};

function relatedRows(outs: Map<string, PageOut>, split: 'dev' | 'val'): string[] {
  const gold = relatedGold.filter((p) => p.split === split);
  const lists = new Map([...outs].map(([id, out]) => [id, out.related]));
  const all = scoreRelated(gold, lists);
  const shown = scoreRelated(gold, new Map([...lists].map(([id, list]) => [id, list.slice(0, 6)])));
  return [
    pct(all.good, all.listed),
    pct(shown.good, shown.listed),
    pct(all.relatedFound6, all.relatedExpected6),
    `${all.mostlyJunk}/${all.pages}`.padStart(6),
    `${all.listed}`.padStart(6),
    `${all.uncleanTitles}`.padStart(6),
    `${all.emptyWithRelated}`.padStart(6),
  ];
}

function headerRows(outs: Map<string, PageOut>, split: 'dev' | 'val'): string[] {
  const s = scoreHeader(
    headerGold.filter((p) => p.split === split),
    outs,
  );
  return [s.title, s.byline, s.site, s.allRight].map(([n, d]) => pct(n, d));
}

function timeRows(outs: Map<string, PageOut>): string[] {
  const ok = [...outs.values()].filter((o) => o.ok);
  const near1000 = ok.filter((o) => o.wordCount >= 700 && o.wordCount <= 1300);
  const ms = (values: number[]) => `${median(values).toFixed(1)} ms`;
  return [
    ms(ok.map((o) => o.ms)),
    ms(near1000.map((o) => o.ms)),
    ms(ok.map((o) => o.metaMs)),
    ms(ok.map((o) => o.relatedMs)),
  ];
}

const RELATED_LABELS = [
  'listed: related or fair',
  'first 6 shown: related or fair',
  'related found in first 6',
  'pages mostly junk',
  'stories listed',
  'unclean titles listed',
  'empty where gold has related',
];
const HEADER_LABELS = ['title right', 'byline right', 'site right', 'whole header right'];

function table(title: string, labels: string[], sides: Array<[string, string[]]>): void {
  console.log(`\n${title}`);
  console.log(`  ${''.padEnd(34)}${sides.map(([name]) => name.padStart(14)).join('')}`);
  labels.forEach((label, i) => {
    console.log(`  ${label.padEnd(34)}${sides.map(([, rows]) => (rows[i] ?? '').padStart(14)).join('')}`);
  });
}

function show(outs: Map<string, PageOut>): void {
  for (const page of headerGold) {
    const wrong = headerMismatches(page, outs.get(page.id));
    if (wrong.length > 0) console.log(`\nheader ${page.id} [${page.split}]\n  ${wrong.join('\n  ')}`);
  }
  for (const page of relatedGold) {
    const good = new Set([...page.related, ...page.fair].map(storyKey));
    console.log(`\n${page.id} [${page.split}] ${page.url}`);
    for (const item of outs.get(page.id)?.related ?? []) {
      const mark = isUnclean(item.title) ? '~' : good.has(storyKey(item.url)) ? '+' : ' ';
      console.log(`  ${mark} ${item.title}  <${item.url}>`);
    }
  }
}

// Both sides run a chunk of pages in turn, so a busy moment of the machine falls on both.
const CHUNK = 25;

function runSides(pages: ReturnType<typeof pagesToRun>): Array<[string, Map<string, PageOut>]> {
  const roots: Array<[string, string]> = [];
  if (baselineRef) roots.push([baselineRef, exportRef(projectRoot, baselineRef)]);
  roots.push(['this tree', projectRoot]);
  const outs = roots.map(() => new Map<string, PageOut>());
  for (let start = 0; start < pages.length; start += CHUNK) {
    const chunk = pages.slice(start, start + CHUNK);
    roots.forEach(([, root], i) => {
      for (const out of runPages<PageOut>(root, chunk)) outs[i]?.set(out.id, out);
    });
  }
  return roots.map(([name], i) => [name, outs[i] ?? new Map()]);
}

function main(): void {
  const sides = runSides(pagesToRun());
  console.log(
    `related gold: ${relatedGold.length} pages (dev ${relatedGold.filter((p) => p.split === 'dev').length}); header gold: ${headerGold.length} pages (dev ${headerGold.filter((p) => p.split === 'dev').length})`,
  );
  for (const split of ['dev', 'val'] as const) {
    const cols = (fn: (o: Map<string, PageOut>, s: 'dev' | 'val') => string[]) =>
      sides.map(([name, outs]) => [name, fn(outs, split)] as [string, string[]]);
    table(`related stories, ${split}`, RELATED_LABELS, cols(relatedRows));
    table(`header, ${split}`, HEADER_LABELS, cols(headerRows));
  }
  table(
    'CPU time, best of 3, median over pages',
    [
      'whole analysis (parse + analyze)',
      '  pages of 700-1300 words',
      'header metadata (readMetadata)',
      'related (collect + rank)',
    ],
    sides.map(([name, outs]) => [name, timeRows(outs)]),
  );
  if (args.includes('--show')) show(sides[sides.length - 1]?.[1] ?? new Map());
}

main();
