/**
 * Anchoring benchmark, in real Chromium: `npm run bench:anchoring -- <readability-test-pages dir>
 * [--passages 10] [--pages 130] [--seed 1]`. For random passages on each page: describe, edit the
 * page, re-anchor, and compare with the passage's true new place (a live DOM Range that the edits
 * update). Correct = ≥ 90% character overlap with the true place (overlap ÷ the longer of the two
 * spans); imprecise = overlapping but less; misplaced = anchored with no overlap, or anchored at
 * all when the passage (or its whole paragraph) was deleted; orphan = not anchored.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchChromium } from '@/utils/cli/launch-chromium';
import type { Trial } from './anchoring-page';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!dir) {
  console.error(
    'usage: npm run bench:anchoring -- <readability-test-pages dir> [--passages N] [--pages N] [--seed N] [--scale-only]',
  );
  process.exit(2);
}
const PASSAGES = flag('passages', 10);
const MAX_PAGES = flag('pages', 1000);
const SEED = flag('seed', 1);
/** Run a single page by name (for investigating one page). */
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
/** Skip the per-page trials and time only the 100-highlight long article (fast iteration). */
const SCALE_ONLY = args.includes('--scale-only');

/** Per-page seed from the page's name, so a page gets the same passages whatever subset runs. */
const pageSeed = (name: string) =>
  [...name].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, SEED);

const stripScripts = (html: string) => html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');

async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, 'anchoring-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__anchorBench',
    target: 'chrome120',
  });
  return out.outputFiles[0]?.text ?? '';
}

async function open(page: Page, html: string, code: string): Promise<void> {
  await page.route('**/*', (route) =>
    route.request().url() === 'http://bench.test/'
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.goto('http://bench.test/', { waitUntil: 'domcontentloaded' });
  await page.unrouteAll();
  if (process.env.DEBUG) await page.evaluate('globalThis.__anchorTrace = true');
  await page.addScriptTag({ content: code });
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(2)}%` : '–');
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

function report(trials: Trial[], title: string): void {
  console.log(`\n${title}`);
  const kinds = [...new Set(trials.map((t) => t.kind))];
  console.log('\nkind         trials  correct   imprecise misplaced orphan    median ms  p95 ms');
  for (const kind of [...kinds, 'ALL']) {
    const ts = kind === 'ALL' ? trials : trials.filter((t) => t.kind === kind);
    const c = (v: string) => ts.filter((t) => t.verdict === v).length;
    const ms = ts.map((t) => t.ms);
    console.log(
      `${kind.padEnd(12)} ${String(ts.length).padStart(6)}  ${pct(c('correct'), ts.length).padEnd(9)} ${pct(c('imprecise'), ts.length).padEnd(9)} ${pct(c('misplaced'), ts.length).padEnd(9)} ${pct(c('orphan'), ts.length).padEnd(9)} ${quantile(ms, 0.5).toFixed(2).padStart(9)}  ${quantile(ms, 0.95).toFixed(2).padStart(6)}`,
    );
  }
  // The 99.5% target's population: every kind that leaves the passage's own text as it was.
  const unchanged = trials.filter((t) => ['none', 'paragraphs', 'typography', 'lookalike'].includes(t.kind));
  const ok = unchanged.filter((t) => t.verdict === 'correct').length;
  console.log(
    `\npassage unchanged (none, paragraphs, typography, lookalike): correct ${pct(ok, unchanged.length)} (${ok} of ${unchanged.length})`,
  );
  const methods = new Map<string, number>();
  for (const t of trials)
    methods.set(`${t.kind}/${t.method}`, (methods.get(`${t.kind}/${t.method}`) ?? 0) + 1);
  console.log('\nmethods / orphan reasons:', Object.fromEntries([...methods].sort()));
}

/** Paragraphs from the corpus's extracted articles, up to `words` words: a long article. */
async function longArticle(pages: string[], words: number): Promise<string> {
  const paras: string[] = [];
  let count = 0;
  for (const p of pages) {
    const html = await readFile(join(dir as string, p, 'expected.html'), 'utf8').catch(() => '');
    for (const m of html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)) {
      const text = (m[1] ?? '').replace(/<[^>]+>/g, '');
      if (text.trim().length < 60 || count >= words) continue;
      paras.push(`<p>${m[1]}</p>`);
      count += text.split(/\s+/).length;
    }
  }
  return `<!doctype html><html><head><meta charset="utf-8"></head><body><article>${paras.join('\n')}</article></body></html>`;
}

async function main(): Promise<void> {
  const code = await bundle();
  const pages = (await readdir(dir as string, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .filter((name) => !ONLY || name === ONLY)
    .slice(0, MAX_PAGES);
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    if (process.env.DEBUG) page.on('console', (m) => console.log('page:', m.text()));
    const trials: Trial[] = [];
    for (const [i, name] of (SCALE_ONLY ? [] : pages).entries()) {
      const html = stripScripts(await readFile(join(dir as string, name, 'source.html'), 'utf8'));
      await open(page, html, code);
      const got = await page.evaluate(
        ([s, n]) =>
          (
            window as never as { __anchorBench: { runPage(s: number, n: number): Trial[] } }
          ).__anchorBench.runPage(s, n),
        [pageSeed(name), PASSAGES] as const,
      );
      trials.push(...got);
      process.stderr.write(`\r${i + 1}/${pages.length} ${name}          `);
      if (process.env.DEBUG)
        for (const t of got)
          if (t.detail)
            console.log(
              name,
              t.kind,
              t.method,
              t.duplicate ? 'repeated' : 'unique',
              t.copyLost ? 'copy-lost' : 'copies-kept',
              t.detail,
            );
    }
    if (!SCALE_ONLY) {
      console.log(
        `anchoring benchmark: ${pages.length} pages × ${PASSAGES} passages × ${new Set(trials.map((t) => t.kind)).size} edit kinds (seed ${SEED})`,
      );
      report(trials, 'All passages:');
      report(
        trials.filter((t) => !t.duplicate),
        'Passages whose text is unique on the original page (repeated passages are indistinguishable by text):',
      );
      report(
        trials.filter((t) => !t.paragraphRepeated),
        'Passages whose paragraph is not repeated word for word on the original page (the text may be):',
      );
      report(
        trials.filter((t) => !t.copyLost),
        "Trials that left every copy of the passage's paragraph on the page (kinds that keep the passage):",
      );
    }
    await open(page, await longArticle(pages, 10_000), code);
    const scale = await page.evaluate(
      (s) =>
        (
          window as never as {
            __anchorBench: { runScale(s: number, n: number): Promise<Record<string, number>> };
          }
        ).__anchorBench.runScale(s, 100),
      SEED,
    );
    console.log(
      '\n100 highlights on a ~10,000-word page (anchorAll wall-clock incl. index build and yields; cpu = anchoring alone):',
    );
    console.log(scale);
  } finally {
    await browser.close();
  }
}

await main();
