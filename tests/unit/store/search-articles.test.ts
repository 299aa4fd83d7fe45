import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { putAnnotation } from '@/utils/store/annotations';
import { saveArticle, updateArticle } from '@/utils/store/articles';
import type { LiseuseDatabase } from '@/utils/store/database';
import { searchArticles } from '@/utils/store/search-articles';
import { articleWith, englishArticle, frenchArticle } from '../../fixtures/db/articles';
import { freshDatabase } from './test-db';

let db: LiseuseDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

const ids = async (q: string, filters = {}) => (await searchArticles(db, q, filters)).map((h) => h.id);

describe('searchArticles', () => {
  it('is accent- and case-insensitive', async () => {
    const { id } = await saveArticle(db, frenchArticle);
    await saveArticle(db, englishArticle);
    expect(await ids('etats-unis')).toEqual([id]);
    expect(await ids('ÉTATS unis ')).toEqual([id]);
    expect(await ids('Europeen')).toEqual([id]);
  });

  it('matches the last term as a prefix while typing, earlier terms exactly', async () => {
    const { id } = await saveArticle(db, englishArticle);
    expect(await ids('micros')).toEqual([id]);
    expect(await ids('micros ')).toEqual([]);
    expect(await ids('micros key')).toEqual([]);
    expect(await ids('microsoft key')).toEqual([id]);
  });

  it('requires every term', async () => {
    await saveArticle(db, frenchArticle);
    await saveArticle(db, englishArticle);
    expect(await ids('nuage microsoft')).toEqual([]);
  });

  it('ranks title hits above tags above text, then by term frequency', async () => {
    const text = await saveArticle(db, articleWith('a', 'Gardening', 'the orchid needs light'));
    const many = await saveArticle(db, articleWith('b', 'Flowers', 'orchid orchid orchid orchid care'));
    const tagged = await saveArticle(db, articleWith('c', 'Plants', 'nothing here', { tags: ['orchid'] }));
    const title = await saveArticle(db, articleWith('d', 'Orchid basics', 'short'));
    expect(await ids('orchid')).toEqual([title.id, tagged.id, many.id, text.id]);
  });

  it('finds articles by their notes and by tags added later', async () => {
    const { id } = await saveArticle(db, englishArticle);
    await putAnnotation(db, {
      id: 'n1',
      url: 'https://news.example.com/security/storm-keys',
      target: { source: 'https://news.example.com/security/storm-keys', selector: [] },
      body: 'Relire avant la réunion',
      color: 'yellow',
      tags: [],
      created: 1,
      modified: 1,
    });
    expect(await ids('reunion')).toEqual([id]);
    await updateArticle(db, id, { tags: ['incident'] });
    expect(await ids('incident')).toEqual([id]);
  });

  it('applies filters to the results', async () => {
    const fr = await saveArticle(db, frenchArticle);
    const en = await saveArticle(db, articleWith('x', 'Nuage', 'nuage'));
    await updateArticle(db, en.id, { status: 'archived' });
    expect(await ids('nuage', { status: 'unread' })).toEqual([fr.id]);
    expect(await ids('nuage', { entity: 'etats-unis' })).toEqual([fr.id]);
    expect(await ids('nuage', { site: 'blog.example.org' })).toEqual([en.id]);
  });

  it('lists newest first when the query has no searchable term', async () => {
    const a = await saveArticle(db, articleWith('1', 'One', 'x', { savedAt: 1 }));
    const b = await saveArticle(db, articleWith('2', 'Two', 'y', { savedAt: 2 }));
    expect(await ids(' ')).toEqual([b.id, a.id]);
  });
});

describe('searchArticles across snapshot compactions', () => {
  it('sees rows written after an earlier search read the delta, and merges in the same answers', async () => {
    const { compactSearchIndex } = await import('@/utils/store/search-index');
    const a = await saveArticle(db, articleWith('a', 'Orchid care', 'orchid water light', { savedAt: 1 }));
    expect(await ids('orchid')).toEqual([a.id]);
    const b = await saveArticle(db, articleWith('b', 'Orchid soil', 'orchid soil', { savedAt: 2 }));
    expect(await ids('orchid')).toEqual([b.id, a.id]);
    await updateArticle(db, a.id, { tags: ['fern'] });
    expect(await ids('fern')).toEqual([a.id]);
    const before = await ids('orch');
    await compactSearchIndex(db);
    expect(await ids('orch')).toEqual(before);
    expect(await ids('fern')).toEqual([a.id]);
  });

  it('gives the same answers before and after compaction, with updates and deletions', async () => {
    const { compactSearchIndex } = await import('@/utils/store/search-index');
    const { deleteArticle } = await import('@/utils/store/articles');
    const a = await saveArticle(db, articleWith('a', 'Orchid care', 'orchid water light'));
    const b = await saveArticle(db, articleWith('b', 'Roses', 'rose orchid soil'));
    const before = await ids('orchid');
    await compactSearchIndex(db);
    expect(await ids('orchid')).toEqual(before);
    await saveArticle(db, articleWith('b', 'Roses', 'rose soil only'));
    expect(await ids('orchid')).toEqual([a.id]);
    await compactSearchIndex(db);
    expect(await ids('orchid')).toEqual([a.id]);
    expect(await ids('soil')).toEqual([b.id]);
    await deleteArticle(db, a.id);
    expect(await ids('orchid')).toEqual([]);
    await compactSearchIndex(db);
    expect(await ids('orch')).toEqual([]);
    expect((await db.searchIndex.get('main'))?.snapshot?.docs).toEqual([b.id]);
  });
});
