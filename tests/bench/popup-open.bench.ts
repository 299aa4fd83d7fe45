/**
 * How fast the popup shows its analysis of the demo article in Debian's Chromium, from the popup's navigation
 * start (its `data-analysis-ms`), for this tree's e2e build and, alternating run by run, another build:
 * - first open after install: a fresh profile, nothing compiled or cached yet;
 * - first open after a restart: the same profile relaunched, Chromium's code cache on disk (a reader's first
 *   popup of the day);
 * - reopenings: five more popups in that session (median).
 * Also prints the medians of the popup's own marks on the first open after install (when the snapshot came back,
 * the pipeline's code was evaluated, the analysis ended). Figures, not assertions: the load is printed alongside.
 *
 *   npx wxt build --mode e2e && npm run bench:popup-open -- [--baseline-dir DIR] [--runs N] [--page FILE]
 *
 * DIR is another e2e build (`.output/chrome-mv3-e2e` of another checkout, built the same way).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { startDemoServer } from '@/utils/cli/demo-server';
import { launchChromium } from '@/utils/cli/launch-chromium';
import { findTabId, openArticleWithPopup, openPopupPage } from '@/utils/cli/popup-page';
import { quantile } from './analysis/stats';

const { values: args } = parseArgs({
  options: {
    'baseline-dir': { type: 'string' },
    runs: { type: 'string', default: '5' },
    page: { type: 'string', default: 'fr-tech-article.html' },
  },
});
const projectRoot = resolve(import.meta.dirname, '..', '..');
const PAGES_DIR = join(projectRoot, 'tests', 'fixtures', 'pages');
const REOPENINGS = 5;
/** The popup's marks reported, in the order they happen. */
const MARKS = ['popup-script', 'snapshot-taken', 'pipeline-loaded', 'analysed', 'analysis-shown'];

interface Run {
  install: number;
  restart: number;
  reopen: number;
  marks: Record<string, number>;
}

const load = () =>
  `load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on 2 cores`;

/** When the popup showed its analysis (ms from its navigation start); set after the paint, so waited for. */
async function shownAt(popup: Page): Promise<number> {
  await popup.waitForSelector('main.popup[data-analysis-ms]', { state: 'attached' });
  const state = await popup.locator('main.popup').getAttribute('data-state');
  if (state !== 'analysis') throw new Error(`The popup shows "${state}", not an analysis`);
  return Number(await popup.locator('main.popup').getAttribute('data-analysis-ms'));
}

const marksOf = (popup: Page): Promise<Record<string, number>> =>
  popup.evaluate(() =>
    Object.fromEntries(
      performance.getEntriesByType('mark').map((m) => [m.name.replace('liseuse:', ''), m.startTime]),
    ),
  );

/** Launches `build` on `profile`, opens the page then its popup; `reopenings` more popups after the first. */
async function session(build: string, profile: string, pageUrl: string, reopenings: number) {
  const browser = await launchChromium({ extensionDir: build, profileDir: profile, uiLanguage: 'en-US' });
  try {
    const sw = browser.serviceWorker;
    if (!sw || !browser.extensionId) throw new Error(`The extension in ${build} did not load`);
    const { popup } = await openArticleWithPopup(browser.context, sw, browser.extensionId, pageUrl);
    const first = await shownAt(popup);
    const marks = await marksOf(popup);
    const tabId = await findTabId(sw, pageUrl);
    const again: number[] = [];
    for (let i = 0; i < reopenings; i++) {
      const page = await openPopupPage(browser.context, browser.extensionId, tabId);
      again.push(await shownAt(page));
      await page.close();
    }
    return { first, marks, again };
  } finally {
    await browser.close();
  }
}

async function measure(build: string, pageUrl: string): Promise<Run> {
  const profile = await mkdtemp(join(tmpdir(), 'liseuse-popup-open-'));
  try {
    const installed = await session(build, profile, pageUrl, 0);
    const restarted = await session(build, profile, pageUrl, REOPENINGS);
    return {
      install: installed.first,
      restart: restarted.first,
      reopen: quantile(restarted.again, 0.5),
      marks: installed.marks,
    };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

function report(name: string, runs: Run[]): void {
  const med = (pick: (r: Run) => number) => quantile(runs.map(pick), 0.5).toFixed(0);
  const all = (pick: (r: Run) => number) => runs.map((r) => pick(r).toFixed(0)).join(', ');
  console.log(`${name}:`);
  console.log(`  first open after install   median ${med((r) => r.install)} ms  (${all((r) => r.install)})`);
  console.log(`  first open after restart   median ${med((r) => r.restart)} ms  (${all((r) => r.restart)})`);
  console.log(`  reopenings (median of 5)   median ${med((r) => r.reopen)} ms  (${all((r) => r.reopen)})`);
  const marks = MARKS.map((m) => `${m} ${med((r) => r.marks[m] ?? Number.NaN)}`).join(', ');
  console.log(`  marks on first open after install (medians, ms): ${marks}`);
}

async function main(): Promise<void> {
  const builds: Record<string, string> = { 'this tree': join(projectRoot, '.output', 'chrome-mv3-e2e') };
  if (args['baseline-dir']) builds.baseline = resolve(args['baseline-dir']);
  for (const [name, dir] of Object.entries(builds))
    if (!existsSync(join(dir, 'manifest.json')))
      throw new Error(
        `No extension build in ${dir} (${name}): run \`npx wxt build --mode e2e\` there first.`,
      );
  const server = await startDemoServer(PAGES_DIR);
  const pageUrl = new URL(args.page, server.url).href;
  const names = Object.keys(builds);
  const runs: Record<string, Run[]> = Object.fromEntries(names.map((n) => [n, []]));
  console.log(`popup on ${args.page}, ${args.runs} runs per build, alternating (${load()} before)`);
  try {
    for (let r = 0; r < Number(args.runs); r++)
      for (let k = 0; k < names.length; k++) {
        const name = names[(r + k) % names.length] as string;
        runs[name]?.push(await measure(builds[name] as string, pageUrl));
      }
  } finally {
    await server.close();
  }
  for (const name of names) report(name, runs[name] ?? []);
  console.log(`(${load()} after; target: the analysis shown within 300 ms)`);
}

await main();
