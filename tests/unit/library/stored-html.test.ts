/**
 * The library sanitises the article HTML it stores, whoever sent it: the popup's analysis leaves DOMPurify out,
 * so a hostile `article/save` message must be cleaned by the background before storage.
 */
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { articleHandlers } from '@/entrypoints/background/articles';
import { storedArticleHtml } from '@/utils/library/save/stored-html';
import { createMessageListener, type Reply } from '@/utils/messaging';
import { getArticle, getDatabase } from '@/utils/store';
import { analysisFixture } from '../article/analysis-fixture';
import { expectInert, HOSTILE_VECTORS } from '../article/extract/hostile-html';

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
