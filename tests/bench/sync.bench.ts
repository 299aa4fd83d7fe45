/**
 * Sync benchmark in real Chromium (issue #16): `npm run bench:sync [-- --articles 1000 --changes 10]`
 * after `npm run build:e2e`. Two profiles and a local CouchDB-protocol server (PouchDB Server in memory):
 * A saves N synthetic articles, then starts sync; reports A's initial push and B's initial pull (time,
 * articles/s, bytes stored on the server), then the steady-state latency of one change (A saves → the
 * article is in B's library), median and p90 over the changes. Figures, no assertions.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '@/utils/cli/launch-chromium';
import { startSyncServer } from '@/utils/cli/sync-server';
import { E2E_EXTENSION_DIR } from '../e2e/support/fixtures';
import { hasArticle, readLibrary, sendFromPage } from '../e2e/support/sync-helpers';
import { syntheticAnalysis } from './sync-articles';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const ARTICLES = arg('articles', 1000);
const CHANGES = arg('changes', 10);
const BASE = 'https://bench.example.org';
const CREDS = { username: 'bench', password: 'bench-password' };

const status = (page: Page) =>
  sendFromPage(page, 'sync/status', {}) as Promise<{
    ok: boolean;
    value: { waiting: number; lastSync: number | null; error: unknown };
  }>;

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20 * 60_000, everyMs = 100) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

const countArticles = async (page: Page) => (await readLibrary(page)).articles.length;

async function start(page: Page, url: string) {
  const reply = await sendFromPage(page, 'sync/start', { url, ...CREDS, passphrase: 'benchmark passphrase' });
  if (!reply.ok) throw new Error(`sync/start failed: ${JSON.stringify(reply)}`);
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

async function main() {
  const server = await startSyncServer(CREDS);
  const [a, b] = [
    await launchChromium({ extensionDir: E2E_EXTENSION_DIR }),
    await launchChromium({ extensionDir: E2E_EXTENSION_DIR }),
  ];
  try {
    const pageA = await a.context.newPage();
    const pageB = await b.context.newPage();
    await pageA.goto(`chrome-extension://${a.extensionId}/library.html`);
    await pageB.goto(`chrome-extension://${b.extensionId}/library.html`);
    let t = performance.now();
    for (let n = 0; n < ARTICLES; n++)
      await sendFromPage(pageA, 'article/save', { analysis: syntheticAnalysis(n, BASE) });
    console.log(`saved ${ARTICLES} articles in A: ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const url = `${server.url}/bench`;
    t = performance.now();
    await start(pageA, url);
    await waitFor('A to push everything', async () => {
      const s = await status(pageA);
      return s.ok && s.value.lastSync !== null && s.value.waiting === 0;
    });
    const push = (performance.now() - t) / 1000;
    const stored = (await server.dump('bench')).length;
    console.log(
      `initial push (A): ${push.toFixed(1)} s, ${(ARTICLES / push).toFixed(0)} articles/s, server holds ${(stored / 1e6).toFixed(1)} MB`,
    );

    t = performance.now();
    await start(pageB, url);
    await waitFor(
      'B to pull everything',
      async () => (await countArticles(pageB)) >= ARTICLES,
      20 * 60_000,
      250,
    );
    const pull = (performance.now() - t) / 1000;
    console.log(`initial pull (B): ${pull.toFixed(1)} s, ${(ARTICLES / pull).toFixed(0)} articles/s`);

    const latencies: number[] = [];
    const sent: number[] = [];
    for (let i = 0; i < CHANGES; i++) {
      await new Promise((r) => setTimeout(r, 1500));
      const n = ARTICLES + i;
      const t0 = performance.now();
      const epoch = Date.now();
      await sendFromPage(pageA, 'article/save', { analysis: syntheticAnalysis(n, BASE) });
      const onServer = waitFor(
        'A to send the change',
        async () => {
          const s = await status(pageA);
          return s.ok && (s.value.lastSync ?? 0) > epoch && s.value.waiting === 0;
        },
        60_000,
        50,
      ).then(() => performance.now() - t0);
      await waitFor(
        'B to show the change',
        () => hasArticle(pageB, `${BASE}/articles/${n}.html`),
        60_000,
        20,
      );
      latencies.push(performance.now() - t0);
      sent.push(await onServer);
    }
    sent.sort((x, y) => x - y);
    console.log(`one change, A saves → on the server: median ${pct(sent, 0.5).toFixed(0)} ms`);
    latencies.sort((x, y) => x - y);
    console.log(
      `one change, A saves → in B's library: median ${pct(latencies, 0.5).toFixed(0)} ms, p90 ${pct(latencies, 0.9).toFixed(0)} ms (n=${CHANGES})`,
    );
  } finally {
    await Promise.all([a.close(), b.close()]);
    await server.close();
  }
}

await main();
