/**
 * The library sanitises the article HTML it stores, whoever sent it: the popup's analysis leaves DOMPurify out,
 * so a hostile `article/save` message must be cleaned by the background before storage; an import (a Liseuse
 * export anyone can edit, an Omnivore archive) goes through the same step. Synced documents: tests/unit/sync.
 */

import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { articleHandlers } from '@/entrypoints/background/articles';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { createHtmlCleaner } from '@/utils/library/io/html-cleaner';
import { serializeLibrary } from '@/utils/library/io/library-json';
import { runImport } from '@/utils/library/io/run-import';
import { storedArticleHtml } from '@/utils/library/stored-html';
import { createMessageListener, type Reply } from '@/utils/messaging';
import { findArticleByUrl, getArticle, getDatabase, readLibraryDump, saveArticle } from '@/utils/store';
import { analysisFixture } from '../article/analysis-fixture';
import { expectInert, HOSTILE_VECTORS } from '../article/extract/hostile-html';
import { freshDatabase } from '../store/test-db';

vi.mock('@/entrypoints/background/capture', () => ({ capturePage: vi.fn() }));

const BASE = 'https://news.example/a/story';
const listener = createMessageListener(articleHandlers);
const page = { id: browser.runtime.id, url: `${new URL(browser.runtime.getURL('/')).origin}/popup.html` };

describe('storedArticleHtml', () => {
  it.each(HOSTILE_VECTORS)('rebuilds hostile HTML from the allowlist: %s', (vector) => {
    expectInert(storedArticleHtml(vector, BASE));
  });

  it('keeps a sanitised article as it is, and resolves relative URLs', () => {
    const clean = '<h2>Title</h2><p>Read <a href="https://news.example/b">this</a> and <em>that</em>.</p>';
    expect(storedArticleHtml(clean, BASE)).toBe(clean);
    expect(storedArticleHtml('<img src="../i.jpg" alt="x">', BASE)).toBe(
      '<img alt="x" src="https://news.example/i.jpg">',
    );
    expect(storedArticleHtml('', BASE)).toBe('');
  });
});

describe('article/save', () => {
  it('stores hostile HTML sent by a message sanitised', async () => {
    const html = `<p>Kept text</p>${HOSTILE_VECTORS.join('')}`;
    const analysis = analysisFixture({ url: BASE, html, images: [], leadImage: null });
    const reply = (await listener({ type: 'article/save', payload: { analysis } }, page as never)) as Reply<{
      id: string;
    }>;
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const stored = await getArticle(getDatabase(), reply.value.id);
    expect(stored?.html).toContain('<p>Kept text</p>');
    expectInert(stored?.html ?? '');
  });
});

describe('imports', () => {
  const html = `<p>Kept text</p>${HOSTILE_VECTORS.join('')}`;
  const clean = createHtmlCleaner(parseHtmlWithLinkedom);
  const importFile = (name: string, bytes: Uint8Array) => {
    const db = freshDatabase();
    return { db, done: runImport(db, { name, bytes }, { clean }) };
  };

  it('stores the hostile HTML of an edited Liseuse export sanitised', async () => {
    // The store writes what it is given: a library holding hostile HTML exports it as it is.
    const source = freshDatabase();
    await saveArticle(source, { url: BASE, title: 'Edited export', html, text: 'Kept text' });
    const json = await serializeLibrary(await readLibraryDump(source, 0));
    const { db, done } = importFile('liseuse.json', strToU8(json));
    expect(await done).toMatchObject({ created: 1, skipped: [] });
    const stored = await findArticleByUrl(db, BASE);
    const content = await db.contents.get(stored?.id ?? '');
    expect(content?.html).toContain('<p>Kept text</p>');
    expectInert(content?.html ?? '');
    await Promise.all([source.delete(), db.delete()]);
  });

  it('stores the hostile HTML of an Omnivore archive sanitised', async () => {
    const meta = [{ id: '1', slug: 'story', title: 'Story', url: BASE, state: 'Succeeded', labels: [] }];
    const zip = zipSync({
      'metadata_0_to_1.json': strToU8(JSON.stringify(meta)),
      'content/story.html': strToU8(`<html><body>${html}</body></html>`),
    });
    const { db, done } = importFile('omnivore.zip', zip);
    expect(await done).toMatchObject({ created: 1 });
    const stored = await findArticleByUrl(db, BASE);
    const content = await db.contents.get(stored?.id ?? '');
    expect(content?.html).toContain('<p>Kept text</p>');
    expectInert(content?.html ?? '');
    await db.delete();
  });
});
