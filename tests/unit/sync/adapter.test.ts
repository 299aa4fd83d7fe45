/**
 * Library rows ⇄ synced records: an article's registers carry the library's own field times and come
 * back as field times; a received record is refused by the same validators imports and messages use.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTICLE_LIMITS } from '@/utils/shared/validate-fields';
import { type LiseuseDatabase, readArticleRows, saveArticle, updateArticle } from '@/utils/store';
import {
  ANNOTATION_POLICY,
  ARTICLE_POLICY,
  annotationValues,
  articleRows,
  articleValues,
  IMAGE_POLICY,
  imageValues,
  isAnnotationRecord,
  isArticleRecord,
  isImageRecord,
} from '@/utils/sync/adapter';
import { type SyncRecord, updateRecord } from '@/utils/sync/merge';
import { englishArticle } from '../../fixtures/db/articles';
import { freshDatabase } from '../store/test-db';

let db: LiseuseDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

async function articleRecord(): Promise<{ record: SyncRecord; id: string }> {
  const { id } = await saveArticle(db, { ...englishArticle, tags: ['clé'] });
  await new Promise((r) => setTimeout(r, 3));
  await updateArticle(db, id, { status: 'archived' });
  const { summary, content } = await readArticleRows(db, id);
  if (!summary) throw new Error('not saved');
  const { values, sets, times } = articleValues(summary, content);
  return { record: updateRecord(null, 'article', ARTICLE_POLICY, values, sets, 1, times), id };
}

/** The record with field `field` set to `value` (same time). */
const withField = (record: SyncRecord, field: string, value: unknown): SyncRecord => ({
  ...record,
  f: { ...record.f, [field]: { v: value, t: record.f[field]?.t ?? 1 } },
});

describe('article records', () => {
  it("carry the library's field times, and give them back to the received row", async () => {
    const { record, id } = await articleRecord();
    const { summary } = await readArticleRows(db, id);
    const times = summary?.fieldTimes ?? {};
    expect(times.status).toBeGreaterThan(times.title ?? Infinity);
    expect(record.f.status?.t).toBe(times.status);
    expect(record.f.title?.t).toBe(times.title);
    expect(record.f.content?.t).toBe(times.content);
    expect(record.s.tags?.clé?.t).toBe(times.tags);
    const received = articleRows(record, 'elsewhere').summary;
    expect(received.fieldTimes).toEqual(times);
    expect(received.updatedAt).toBe(Math.max(...Object.values(times)));
  });

  it('are refused by the store row validators: sizes, addresses, values', async () => {
    const { record } = await articleRecord();
    expect(isArticleRecord(record)).toBe(true);
    const content = record.f.content?.v as Record<string, unknown>;
    const refused: SyncRecord[] = [
      withField(record, 'title', 'x'.repeat(ARTICLE_LIMITS.title + 1)),
      withField(record, 'leadImage', 'javascript:alert(1)'),
      withField(record, 'status', 'deleted'),
      withField(record, 'progress', 2),
      withField(record, 'url', 'https://News.Example.com/a?utm_source=x'),
      withField(record, 'content', { ...content, html: 'x'.repeat(ARTICLE_LIMITS.html + 1) }),
      withField(record, 'content', { ...content, images: ['javascript:alert(1)'] }),
      withField(record, 'content', { ...content, entities: [{ text: 1 }] }),
      withField(record, 'content', {
        ...content,
        related: [{ title: 'T', url: 'https://a.example/', score: 1, source: 'library', articleId: 'x' }],
      }),
      { ...record, s: { tags: { ' clé': { on: true, t: 1 } } } },
      { ...record, f: Object.fromEntries(Object.entries(record.f).filter(([f]) => f !== 'savedAt')) },
    ];
    for (const bad of refused) expect(isArticleRecord(bad)).toBe(false);
  });
});

describe('annotation and image records', () => {
  const url = 'https://news.example.com/a';
  const note = {
    id: 'urn:uuid:11111111-2222-4333-8444-555555555555',
    url,
    target: { source: url, selector: [{ type: 'TextQuoteSelector' as const, exact: 'clé' }] },
    body: 'une note',
    color: 'green',
    tags: ['t'],
    created: 1,
    modified: 2,
  };
  const annotation = (row: Record<string, unknown>) => {
    const { values, sets } = annotationValues({ ...note, ...row } as typeof note);
    return updateRecord(null, 'annotation', ANNOTATION_POLICY, values, sets, 2);
  };

  it('refuse an annotation the row validator refuses', () => {
    expect(isAnnotationRecord(annotation({}))).toBe(true);
    expect(isAnnotationRecord(annotation({ color: 'hotpink' }))).toBe(false);
    expect(isAnnotationRecord(annotation({ body: 'x'.repeat(20_001) }))).toBe(false);
    expect(isAnnotationRecord(annotation({ conflictOf: 42 }))).toBe(false);
    expect(isAnnotationRecord(annotation({ url: 'javascript:alert(1)' }))).toBe(false);
    expect(isAnnotationRecord(annotation({ target: { source: url, selector: [] } }))).toBe(false);
  });

  it('refuse an image whose bytes do not match or exceed the save cap', () => {
    const image = (size: number, url = 'https://news.example.com/i.png') => {
      const bytes = new Uint8Array(size);
      const row = { articleId: 'a', url, status: 'stored' as const, blob: null, error: null, fetchedAt: 3 };
      const blob = new Blob([bytes], { type: 'image/png' });
      const { values, sets } = imageValues('https://news.example.com/a', row, blob, 'd'.repeat(64));
      return { record: updateRecord(null, 'image', IMAGE_POLICY, values, sets, 3), bytes };
    };
    const ok = image(16);
    expect(isImageRecord(ok.record, ok.bytes)).toBe(true);
    expect(isImageRecord(ok.record, new Uint8Array(15))).toBe(false);
    const big = image(8 * 1024 * 1024 + 1);
    expect(isImageRecord(big.record, big.bytes)).toBe(false);
    const script = image(16, 'javascript:alert(1)');
    expect(isImageRecord(script.record, script.bytes)).toBe(false);
  });
});
