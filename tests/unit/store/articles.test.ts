import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteArticle,
  getArticle,
  getSummaries,
  restoreArticle,
  saveArticle,
  updateArticle,
} from '@/utils/store/articles';
import type { LiseuseDatabase } from '@/utils/store/database';
import { InvalidUrlError } from '@/utils/store/errors';
import { getImages, putImages } from '@/utils/store/images';
import { englishArticle, frenchArticle } from '../../fixtures/db/articles';
import { freshDatabase } from './test-db';

let db: LiseuseDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

describe('saveArticle', () => {
  it('stores every field under the normalised URL', async () => {
    const { id, created } = await saveArticle(db, frenchArticle);
    expect(created).toBe(true);
    const article = await getArticle(db, id);
    expect(article).toMatchObject({
      url: 'https://www.exemple-tech.fr/2026/03/nuage-souverain/',
      originalUrl: frenchArticle.url,
      title: frenchArticle.title,
      byline: 'Camille Durand',
      site: 'exemple-tech.fr',
      lang: 'fr',
      status: 'unread',
      favorite: 0,
      progress: 0,
      hasContent: true,
      entityKeys: ['etats-unis'],
      images: ['https://cdn.exemple-tech.fr/nuage.jpg'],
    });
    expect(article?.text).toContain('nuage souverain');
    expect(article?.savedAt).toBeGreaterThan(0);
  });

  it('updates instead of duplicating when the same page is saved again', async () => {
    const first = await saveArticle(db, englishArticle);
    await updateArticle(db, first.id, { favorite: true, tags: ['sécurité'] });
    const again = await saveArticle(db, {
      ...englishArticle,
      url: 'https://news.example.com/security/storm-keys#comments',
      title: 'Updated title',
    });
    expect(again).toEqual({ id: first.id, created: false });
    expect(await db.articles.count()).toBe(1);
    const row = await getArticle(db, first.id);
    expect(row).toMatchObject({ title: 'Updated title', favorite: 1, tags: ['sécurité'] });
  });

  it('never duplicates when two saves of one URL race', async () => {
    const results = await Promise.all([
      saveArticle(db, englishArticle),
      saveArticle(db, { ...englishArticle, url: `${englishArticle.url}&utm_source=x` }),
      saveArticle(db, englishArticle),
    ]);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.articles.count()).toBe(1);
  });

  it('keeps stored content when a bare link is saved over it', async () => {
    const { id } = await saveArticle(db, englishArticle);
    await saveArticle(db, { url: englishArticle.url, title: 'Imported link' });
    expect((await getArticle(db, id))?.text).toBe(englishArticle.text);
  });

  it('rejects URLs that are not http(s)', async () => {
    await expect(saveArticle(db, { url: 'javascript:alert(1)' })).rejects.toBeInstanceOf(InvalidUrlError);
  });
});

describe('updateArticle', () => {
  it('patches status, favourite and tags; progress only grows', async () => {
    const { id } = await saveArticle(db, frenchArticle);
    await updateArticle(db, id, {
      status: 'archived',
      favorite: true,
      tags: [' a ', 'b', 'a'],
      progress: 0.6,
    });
    const row = await updateArticle(db, id, { progress: 0.2, position: 0.2 });
    expect(row).toMatchObject({
      status: 'archived',
      favorite: 1,
      tags: ['a', 'b'],
      progress: 0.6,
      position: 0.2,
    });
    expect(await updateArticle(db, 'missing', { status: 'archived' })).toBeUndefined();
  });
});

describe('deleteArticle / restoreArticle', () => {
  it('removes the article and its images, and undo puts everything back', async () => {
    const { id } = await saveArticle(db, frenchArticle);
    const blob = new Blob(['jpeg'], { type: 'image/jpeg' });
    await putImages(db, [
      {
        articleId: id,
        url: 'https://cdn.exemple-tech.fr/nuage.jpg',
        status: 'stored',
        blob,
        error: null,
        fetchedAt: 1,
      },
    ]);
    const before = await getArticle(db, id);
    const deleted = await deleteArticle(db, id);
    expect(deleted?.images).toHaveLength(1);
    expect(await getArticle(db, id)).toBeUndefined();
    expect((await getImages(db, id)).size).toBe(0);
    expect(await db.search.get(id)).toBeUndefined();
    await restoreArticle(db, deleted as NonNullable<typeof deleted>);
    expect(await getArticle(db, id)).toEqual(before);
    expect((await getImages(db, id)).get('https://cdn.exemple-tech.fr/nuage.jpg')?.status).toBe('stored');
    expect(await db.search.get(id)).toBeDefined();
  });

  it('returns summaries in the order asked', async () => {
    const a = await saveArticle(db, frenchArticle);
    const b = await saveArticle(db, englishArticle);
    const rows = await getSummaries(db, [b.id, 'nope', a.id]);
    expect(rows.map((r) => r?.id)).toEqual([b.id, undefined, a.id]);
  });
});
