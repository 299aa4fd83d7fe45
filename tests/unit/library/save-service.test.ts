import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fetchArticleImages } from '@/utils/library/save/fetch-images';
import { saveAnalysis } from '@/utils/library/save/save-service';
import { getArticle, getImages, type LiseuseDatabase } from '@/utils/store';
import { analysisFixture } from '../article/analysis-fixture';
import { freshDatabase } from '../store/test-db';

let db: LiseuseDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

const analysis = analysisFixture({
  url: 'https://www.exemple-tech.fr/article/?utm_source=x',
  title: 'Un article',
  siteName: 'Exemple',
  lang: 'fr',
  html: '<p>Texte</p><img src="https://cdn.exemple-tech.fr/ok.png"><img src="https://cdn.exemple-tech.fr/404.png">',
  text: 'Texte',
  images: [
    'https://cdn.exemple-tech.fr/ok.png',
    'https://cdn.exemple-tech.fr/404.png',
    'data:image/png;base64,xx',
  ],
});

function fakeFetch(calls: string[]): typeof fetch {
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    calls.push(url);
    if (url.endsWith('404.png')) return new Response('no', { status: 404 });
    return new Response(new Blob(['png'], { type: 'image/png' }), {
      headers: { 'content-type': 'image/png' },
    });
  }) as unknown as typeof fetch;
}

it('saves, stores the article images as blobs and records failures; re-saving updates', async () => {
  const calls: string[] = [];
  const first = await saveAnalysis(db, analysis, { fetch: fakeFetch(calls) });
  expect(first.created).toBe(true);
  expect((await getArticle(db, first.id))?.url).toBe('https://www.exemple-tech.fr/article/');
  const images = await getImages(db, first.id);
  expect(images.get('https://cdn.exemple-tech.fr/ok.png')?.status).toBe('stored');
  expect(images.get('https://cdn.exemple-tech.fr/404.png')).toMatchObject({
    status: 'failed',
    error: 'HTTP 404',
  });
  expect(calls.sort()).toEqual(['https://cdn.exemple-tech.fr/404.png', 'https://cdn.exemple-tech.fr/ok.png']);

  const again = await saveAnalysis(
    db,
    { ...analysis, title: 'Titre mis à jour' },
    { fetch: fakeFetch(calls) },
  );
  expect(again).toEqual({ id: first.id, created: false });
  expect(calls.filter((u) => u.endsWith('ok.png'))).toHaveLength(1);
});

it('records timeouts and non-images without throwing', async () => {
  const slow = (async (_: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    })) as typeof fetch;
  const rows = await fetchArticleImages('a', ['https://x.fr/slow.png'], { fetch: slow, timeoutMs: 20 });
  expect(rows).toMatchObject([{ status: 'failed', error: 'Timeout' }]);
  const html = (async () =>
    new Response('<html>', { headers: { 'content-type': 'text/html' } })) as typeof fetch;
  const rows2 = await fetchArticleImages('a', ['https://x.fr/page'], { fetch: html });
  expect(rows2[0]?.error).toMatch(/Not an image/);
});
