/** The lossless JSON export: whole library out, into an empty library, and out again identically. */
import { afterEach, describe, expect, it } from 'vitest';
import { buildExport } from '@/utils/library/io/export-files';
import { parseLibrary, serializeLibrary } from '@/utils/library/io/library-json';
import { runImport } from '@/utils/library/io/run-import';
import {
  findArticleByUrl,
  type LiseuseDatabase,
  putAnnotation,
  putImages,
  readLibraryDump,
  saveArticle,
} from '@/utils/store';
import type { LibraryDump } from '@/utils/store/types';
import { freshDatabase } from '../../store/test-db';

const clean = (html: string) => ({ html, text: html });
const dbs: LiseuseDatabase[] = [];
const open = () => {
  const db = freshDatabase();
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

async function populate(db: LiseuseDatabase) {
  const a = await saveArticle(db, {
    url: 'https://example.fr/etats-unis?utm_source=rss',
    title: 'Les États-Unis et le cloud',
    byline: 'Jeanne',
    lang: 'fr',
    html: '<p>Le texte <strong>complet</strong>.</p><img alt="schéma" src="https://example.fr/i.png">',
    text: 'Le texte complet.',
    wordCount: 3,
    entities: [{ text: 'États-Unis', type: 'place', count: 2, variants: [], score: 1 }],
    images: ['https://example.fr/i.png'],
    tags: ['cloud'],
    favorite: true,
  });
  await saveArticle(db, {
    url: 'https://example.com/link',
    title: 'Just a link',
    status: 'archived',
    source: 'pocket',
  });
  await putImages(db, [
    {
      articleId: a.id,
      url: 'https://example.fr/i.png',
      status: 'stored',
      blob: new Blob([new Uint8Array([137, 80, 78, 71, 0, 255])], { type: 'image/png' }),
      error: null,
      fetchedAt: 5,
    },
    {
      articleId: a.id,
      url: 'https://example.fr/j.png',
      status: 'failed',
      blob: null,
      error: 'HTTP 404',
      fetchedAt: 6,
    },
  ]);
  await putAnnotation(db, {
    id: 'n1',
    url: 'https://example.fr/etats-unis',
    target: {
      source: 'https://example.fr/etats-unis',
      selector: [{ type: 'TextQuoteSelector', exact: 'texte', prefix: 'Le ', suffix: ' complet' }],
    },
    body: 'une note',
    color: 'yellow',
    tags: ['à lire'],
    created: 1,
    modified: 2,
  });
  await putAnnotation(db, {
    id: 'n2',
    url: 'https://example.net/page-only',
    target: {
      source: 'https://example.net/page-only',
      selector: [{ type: 'TextQuoteSelector', exact: 'loose' }],
    },
    body: '',
    color: 'blue',
    tags: [],
    created: 3,
    modified: 3,
  });
}

/** Blobs compared by type and bytes; rows sorted so table order does not matter. */
async function comparable(dump: LibraryDump) {
  const images = await Promise.all(
    dump.images.map(async (i) => ({
      ...i,
      blob: i.blob ? { type: i.blob.type, bytes: [...new Uint8Array(await i.blob.arrayBuffer())] } : null,
    })),
  );
  const by =
    <T>(key: (t: T) => string) =>
    (x: T, y: T) =>
      key(x).localeCompare(key(y));
  return {
    articles: [...dump.articles].sort(by((a) => a.id)),
    contents: [...dump.contents].sort(by((c) => c.id)),
    images: images.sort(by((i) => i.url)),
    annotations: [...dump.annotations].sort(by((a) => a.id)),
  };
}

describe('library JSON', () => {
  it('round-trips the whole library identically (ids, times, images, annotations)', async () => {
    const source = open();
    await populate(source);
    const file = await buildExport(source, 'library-json', 0);
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    const target = open();
    const summary = await runImport(target, { name: file.name, bytes }, { clean });
    expect(summary).toMatchObject({
      format: 'liseuse-json',
      created: 2,
      updated: 0,
      annotations: 2,
      skipped: [],
    });
    const [before, after] = await Promise.all([readLibraryDump(source, 0), readLibraryDump(target, 0)]);
    expect(await comparable(after)).toEqual(await comparable(before));
    expect(after.images.find((i) => i.blob)?.blob?.size).toBe(6);
    expect(after.articles).toHaveLength(2);
    expect((await target.search.toArray()).map((r) => r.words.length)).toEqual(
      (await source.search.toArray()).map((r) => r.words.length),
    );
  });

  it('imports into a library that already has the URL without duplicating it', async () => {
    const source = open();
    await populate(source);
    const json = await serializeLibrary(await readLibraryDump(source, 0));
    const target = open();
    await saveArticle(target, { url: 'https://example.com/link', title: 'Mine' });
    const summary = await runImport(
      target,
      { name: 'l.json', bytes: new TextEncoder().encode(json) },
      { clean },
    );
    // The export's copy is older than the reader's: their title and status stay, and the summary says so.
    expect(summary).toMatchObject({ created: 1, updated: 0, keptYours: 1 });
    expect(await target.articles.count()).toBe(2);
    expect(await findArticleByUrl(target, 'https://example.com/link')).toMatchObject({
      title: 'Mine',
      status: 'unread',
    });
  });

  it('reports malformed rows by item and refuses newer formats', async () => {
    const json = JSON.stringify({
      format: 'liseuse-library',
      version: 1,
      exportedAt: 0,
      articles: [{ id: 'x', url: 'javascript:alert(1)', title: 't', savedAt: 0, tags: [] }],
      contents: [],
      images: [{ articleId: 'x', url: 'u', blob: { type: 'image/png', base64: '%%%' } }],
      annotations: [
        {
          id: 'a',
          url: 'https://example.org/',
          target: {
            source: 'https://example.org/',
            selector: [
              {
                type: 'TextQuoteSelector',
                exact: 'q',
                'liseuse:fingerprint': {
                  block: '00000000',
                  twins: 1,
                  ordinal: 0,
                  alike: 1,
                  alikeOrdinal: 0,
                  near: 0,
                  neighbours: { before: 'x' },
                },
              },
            ],
          },
        },
      ],
    });
    const { dump, errors } = parseLibrary(json, 'l.json');
    expect(dump?.articles).toEqual([]);
    expect(dump?.annotations).toEqual([]);
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [1, 'malformed article row (url: not an http(s) address)'],
      [1, 'malformed image row (Invalid character)'],
      [1, 'malformed annotation row (selectors: malformed selector)'],
    ]);
    const newer = parseLibrary(JSON.stringify({ format: 'liseuse-library', version: 99 }), 'l.json');
    expect(newer.dump).toBeNull();
    expect(newer.errors[0]?.message).toMatch(/newer/);
  });

  it('checks restored rows as messages are checked, reporting each reason and keeping the rest', () => {
    const good = {
      id: 'a1',
      url: 'https://example.org/ok',
      originalUrl: 'https://example.org/ok',
      canonicalUrl: null,
      title: 'Fine',
      byline: null,
      siteName: null,
      site: 'example.org',
      lang: 'en',
      publishedTime: null,
      excerpt: null,
      leadImage: null,
      wordCount: 3,
      readingTimeMinutes: 1,
      savedAt: 1,
      updatedAt: 1,
      status: 'unread',
      favorite: 0,
      tags: ['x'],
      entityKeys: [],
      progress: 0,
      position: 0,
      hasContent: true,
      source: 'web',
    };
    const bad = [
      { ...good, id: 'b1', url: 'https://example.org/1', originalUrl: 'javascript:alert(1)', tags: 'x' },
      { ...good, id: 'b2', url: 'javascript:alert(1)' },
      { ...good, id: 'b3', url: 'https://example.org/3', byline: { html: '<b>x</b>' } },
      { ...good, id: 'b4', url: 'https://example.org/4', status: 'deleted' },
      { ...good, id: 'b5', url: 'https://example.org/5', favorite: 'yes' },
    ];
    const note = (body: unknown, color: unknown) => ({
      id: `n-${String(color)}`,
      url: 'https://example.org/ok',
      target: { source: 'https://example.org/ok', selector: [{ type: 'TextQuoteSelector', exact: 'Fine' }] },
      body,
      color,
      tags: [],
      created: 1,
      modified: 1,
    });
    const json = JSON.stringify({
      format: 'liseuse-library',
      version: 1,
      articles: [good, ...bad],
      contents: [{ id: 'a1', html: { x: 1 }, text: '' }],
      images: [],
      annotations: [note('ok', 'hot pink'), note('x'.repeat(30_000), 'blue')],
    });
    const { dump, errors } = parseLibrary(json, 'l.json');
    expect(dump?.articles.map((a) => a.id)).toEqual(['a1']);
    expect(dump?.contents).toEqual([]);
    // A colour outside the palette becomes the default; a 30,000-character note is refused.
    expect(dump?.annotations.map((a) => a.color)).toEqual(['yellow']);
    expect(errors.map((e) => e.message)).toEqual([
      'malformed article row (originalUrl: not an http(s) address)',
      'malformed article row (url: not an http(s) address)',
      'malformed article row (byline: not text)',
      'malformed article row (status: not one of unread, archived)',
      'malformed article row (favorite: not one of 0, 1)',
      'malformed content row (html: not text)',
      'malformed annotation row (note: longer than 20000 characters)',
    ]);
  });
});
