/**
 * Browser bundle for the library benchmark: evaluated inside the built extension's library page
 * (same origin, same IndexedDB as the extension), it exposes timed operations on utils/store and utils/library/io.
 */

import { parseHtmlInBrowser } from '@/utils/article/parse-html';
import { parseImportFile } from '@/utils/library/io/detect';
import { createHtmlCleaner } from '@/utils/library/io/html-cleaner';
import { writeImport } from '@/utils/library/io/write-import';
import { normalizeUrl } from '@/utils/shared/normalize-url';
import {
  bulkPutArticles,
  compactSearchIndex,
  countArticles,
  getDatabase,
  getSummaries,
  LiseuseDatabase,
  saveArticle,
  searchArticles,
} from '@/utils/store';
import { buildArticleRows } from '@/utils/store/article-record';
import { buildSearchRow } from '@/utils/store/search/index-terms';
import type { ArticleInput } from '@/utils/store/types';

const db = getDatabase();

/** The longest gap between the turns of a zero-delay timer loop while `run` runs, in ms. */
async function longestGap(run: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const beat = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(beat, 0);
  };
  setTimeout(beat, 0);
  await run();
  running = false;
  return longest;
}

/** Timed operations, called by tests/bench/library.bench.ts through page.evaluate. */
const bench = {
  async bulk(items: ArticleInput[]) {
    return bulkPutArticles(db, items, { batchSize: 250 });
  },
  async saves(items: ArticleInput[]) {
    const times: number[] = [];
    for (const item of items) {
      const t0 = performance.now();
      await saveArticle(db, item);
      times.push(performance.now() - t0);
    }
    return times;
  },
  /** Search as the list needs it: ranked ids, then the summaries of the first screen (30 rows). */
  async searches(queries: string[]) {
    const times: number[] = [];
    const rankMs: number[] = [];
    const hits: number[] = [];
    for (const q of queries) {
      const t0 = performance.now();
      const found = await searchArticles(db, q);
      const t1 = performance.now();
      await getSummaries(
        db,
        found.slice(0, 30).map((h) => h.id),
      );
      times.push(performance.now() - t0);
      rankMs.push(t1 - t0);
      hits.push(found.length);
    }
    return { times, rankMs, hits };
  },
  /** The whole import as the panel runs it, with parsing and writing timed apart. */
  async importCsv(text: string) {
    const t0 = performance.now();
    const bytes = new TextEncoder().encode(text);
    const payload = parseImportFile('part_000000.csv', bytes, {
      clean: createHtmlCleaner(parseHtmlInBrowser),
    });
    if (payload.kind !== 'records') throw new Error('not a record import');
    const t1 = performance.now();
    const summary = await writeImport(db, payload.parsed, { batchSize: 500 });
    const t2 = performance.now();
    return {
      ms: t2 - t0,
      parseMs: t1 - t0,
      writeMs: t2 - t1,
      created: summary.created,
      updated: summary.updated,
      skipped: summary.skipped.length,
    };
  },
  /**
   * Where write time goes, in a scratch database: bulkPutArticles (one transaction per batch, each
   * item looked up and written in turn) against putting the same rows with one bulkPut per table.
   */
  async probeWrites(items: ArticleInput[]) {
    const scratch = new LiseuseDatabase(`bench-probe-${Date.now()}`);
    const t0 = performance.now();
    await bulkPutArticles(scratch, items, { batchSize: items.length });
    const t1 = performance.now();
    await scratch.delete();
    const raw = new LiseuseDatabase(`bench-probe-raw-${Date.now()}`);
    const now = Date.now();
    const t2 = performance.now();
    const rows = items.map((item, i) =>
      buildArticleRows(`id-${i}`, normalizeUrl(item.url) ?? item.url, item, now),
    );
    const search = rows.map(({ summary, content }) =>
      buildSearchRow({
        id: summary.id,
        title: summary.title,
        text: content.text,
        tags: summary.tags,
        notes: [],
      }),
    );
    const t3 = performance.now();
    await raw.transaction('rw', [raw.articles, raw.contents, raw.search, raw.outbox], async () => {
      await raw.articles.bulkPut(rows.map((r) => r.summary));
      await raw.contents.bulkPut(rows.map((r) => r.content));
    });
    const t4 = performance.now();
    await raw.search.bulkPut(search);
    const t5 = performance.now();
    await raw.delete();
    return { bulkPutArticles: t1 - t0, buildRows: t3 - t2, rawSummaryContent: t4 - t3, rawSearch: t5 - t4 };
  },
  /**
   * The search-index merge as the page runs it: `items` saved one by one (the delta), then one merge,
   * while a zero-delay timer loop records how long the page went without running it (the longest
   * stretch the merge held the main thread).
   */
  async compaction(items: ArticleInput[]) {
    for (const item of items) await saveArticle(db, item);
    // The same timer loop with nothing else running first: how late a timer fires on this machine anyway.
    const idle = await longestGap(() => new Promise((done) => setTimeout(done, 1500)));
    let merged = false;
    const t0 = performance.now();
    const busy = await longestGap(async () => {
      merged = await compactSearchIndex(db);
    });
    return {
      totalMs: performance.now() - t0,
      longestPauseMs: busy,
      idlePauseMs: idle,
      merged,
      delta: items.length,
    };
  },
  async stats() {
    const estimate = await navigator.storage.estimate();
    return { articles: await countArticles(db), usage: estimate.usage ?? 0 };
  },
};

(globalThis as unknown as { liseuseBench: typeof bench }).liseuseBench = bench;
