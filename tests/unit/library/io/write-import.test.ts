/** The database edge of imports, on fake-indexeddb: batches, progress, cancel, quota, updates. */
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UnknownFormatError } from '@/utils/library/io/detect';
import type { HtmlCleaner } from '@/utils/library/io/omnivore';
import { runImport } from '@/utils/library/io/run-import';
import {
  findArticleByUrl,
  getArticle,
  type LiseuseDatabase,
  listAllAnnotations,
  saveArticle,
} from '@/utils/store';
import { freshDatabase } from '../../store/test-db';
import { fixtureBytes } from './fixture';

const clean: HtmlCleaner = (html) => ({ html, text: html.replace(/<[^>]*>/g, '') });
let db: LiseuseDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

function bigPocketCsv(rows: number): Uint8Array {
  const lines = ['title,url,time_added,tags,status'];
  for (let i = 0; i < rows; i++)
    lines.push(`Article ${i},https://example.com/a/${i},${1700000000 + i},t${i % 3},unread`);
  return strToU8(lines.join('\n'));
}

describe('runImport', () => {
  it('imports a Pocket zip: links flagged without content, errors by line, annotations linked', async () => {
    const annotations = JSON.stringify([
      { url: 'https://example.org/a', highlights: [{ quote: 'q', created_at: 1 }] },
    ]);
    const bytes = zipSync({
      'part_000000.csv': fixtureBytes('pocket-part_000000.csv'),
      'part_000001.csv': fixtureBytes('pocket-part_000001.csv'),
      'annotations/part_000000.json': strToU8(annotations),
    });
    const summary = await runImport(db, { name: 'pocket.zip', bytes }, { clean });
    expect(summary).toMatchObject({
      format: 'pocket-zip',
      created: 4,
      updated: 0,
      linksOnly: 4,
      annotations: 1,
      cancelled: false,
    });
    expect(summary.skipped.map((e) => e.line)).toEqual([7, 6, 2]);
    const cloud = await findArticleByUrl(db, 'https://example.com/cloud');
    expect(cloud).toMatchObject({ hasContent: false, source: 'pocket', tags: ['sécurité', 'cloud'] });
    const archived = await findArticleByUrl(db, 'https://example.org/a');
    const [note] = await listAllAnnotations(db);
    expect(note?.articleId).toBe(archived?.id);
  });

  it('neither duplicates nor changes anything when the same file is imported twice', async () => {
    const bytes = bigPocketCsv(10);
    await runImport(db, { name: 'p.csv', bytes }, { clean });
    const again = await runImport(db, { name: 'p.csv', bytes }, { clean });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 10, keptYours: 0 });
    expect(await db.articles.count()).toBe(10);
  });

  it('never replaces saved content by an imported bare link', async () => {
    await saveArticle(db, {
      url: 'https://example.com/a/1',
      title: 'Saved',
      html: '<p>kept</p>',
      text: 'kept',
    });
    await runImport(db, { name: 'p.csv', bytes: bigPocketCsv(3) }, { clean });
    const saved = await findArticleByUrl(db, 'https://example.com/a/1');
    expect(saved?.hasContent).toBe(true);
    expect((await getArticle(db, saved?.id ?? ''))?.text).toBe('kept');
  });

  it('reports progress per batch and stops on cancel, keeping whole batches', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const summary = await runImport(
      db,
      { name: 'p.csv', bytes: bigPocketCsv(50) },
      {
        clean,
        batchSize: 10,
        signal: controller.signal,
        onProgress: ({ done, total }) => {
          seen.push(done);
          expect(total).toBe(50);
          if (done === 20) controller.abort();
        },
      },
    );
    expect(seen).toEqual([10, 20]);
    expect(summary).toMatchObject({ cancelled: true, created: 20 });
    expect(await db.articles.count()).toBe(20);
    expect(await db.contents.count()).toBe(20);
  });

  it('says so when storage is full and keeps the batches already written', async () => {
    const put = IDBObjectStore.prototype.put;
    let writes = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'search' && ++writes > 10) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const summary = await runImport(db, { name: 'p.csv', bytes: bigPocketCsv(30) }, { clean, batchSize: 10 });
    expect(summary.quotaExceeded).toBe(true);
    vi.restoreAllMocks();
    expect(await db.articles.count()).toBe(10);
    expect(await db.search.count()).toBe(10);
  });

  it('rejects files it does not recognise', async () => {
    await expect(runImport(db, { name: 'x.txt', bytes: strToU8('hello') }, { clean })).rejects.toBeInstanceOf(
      UnknownFormatError,
    );
  });
});
