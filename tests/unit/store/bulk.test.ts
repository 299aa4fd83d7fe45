import { afterEach, beforeEach, expect, it } from 'vitest';
import { bulkPutArticles } from '@/utils/store/bulk';
import type { LiseuseDatabase } from '@/utils/store/database';
import { articleWith } from '../../fixtures/db/articles';
import { freshDatabase } from './test-db';

let db: LiseuseDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

const items = Array.from({ length: 10 }, (_, i) =>
  articleWith(`post-${i}`, `Post ${i}`, `body ${i}`, { savedAt: i }),
);

it('writes in batches, reports progress, merges duplicates and rejects bad URLs', async () => {
  const progress: number[] = [];
  const input = [
    ...items,
    { url: 'not a url' },
    { ...items[0], url: `${items[0]?.url}?utm_campaign=x`, tags: ['t'] },
  ];
  const result = await bulkPutArticles(db, input as typeof items, {
    batchSize: 4,
    onProgress: (done) => progress.push(done),
  });
  expect(result).toEqual({
    created: 10,
    updated: 1,
    unchanged: 0,
    keptYours: 0,
    rejected: [{ index: 10, reason: expect.any(String) }],
    cancelled: false,
  });
  expect(progress).toEqual([4, 8, 12]);
  expect(await db.articles.count()).toBe(10);
  const first = await db.articles.where('url').equals('https://blog.example.org/post-0').first();
  expect(first?.tags).toEqual(['t']);
  expect(first?.savedAt).toBe(0);
});

it('stops between batches when cancelled, keeping what was committed', async () => {
  const controller = new AbortController();
  const result = await bulkPutArticles(db, items, {
    batchSize: 3,
    signal: controller.signal,
    onProgress: (done) => {
      if (done >= 6) controller.abort();
    },
  });
  expect(result.cancelled).toBe(true);
  expect(result.created).toBe(6);
  expect(await db.articles.count()).toBe(6);
});
