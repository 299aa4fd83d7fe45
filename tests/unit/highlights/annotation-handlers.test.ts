/**
 * The background's annotation handlers with the real message listener: content scripts are
 * confined to their own page (sender URL + same-site canonical), payloads are validated.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { annotationHandlers } from '@/entrypoints/background/annotations';
import { createAnnotation, newAnnotationId, noteOf, type WebAnnotation } from '@/utils/highlights/model';
import { annotationSenderPolicy, createMessageListener, type Reply } from '@/utils/messaging';
import type { Selector } from '@/utils/shared/selectors';
import { getDatabase } from '@/utils/store';

vi.mock('@/entrypoints/background/permissions', () => ({ hasSiteAccess: async () => false }));
vi.mock('@/entrypoints/background/inject-highlighter', () => ({
  injectHighlighter: vi.fn(async () => undefined),
}));

const EXTENSION_ORIGIN = new URL(browser.runtime.getURL('/')).origin;
const listener = createMessageListener(annotationHandlers, annotationSenderPolicy);
const selector: Selector[] = [
  { type: 'TextQuoteSelector', exact: 'mots de passe', prefix: 'de ', suffix: '.' },
];

const tab = (url: string) => ({ id: browser.runtime.id, url, tab: { id: 7 } as never, frameId: 0 });
const page = { id: browser.runtime.id, url: `${EXTENSION_ORIGIN}/popup.html` };
const send = <T>(type: string, payload: unknown, sender: object) =>
  listener({ type, payload }, sender as never) as Promise<Reply<T>>;
const make = (source: string, note = ''): WebAnnotation =>
  createAnnotation({ id: newAnnotationId(), source, selector, color: 'yellow', note, now: new Date() });

beforeEach(async () => {
  const db = getDatabase();
  await db.transaction('rw', [db.annotations, db.outbox], () => db.annotations.clear());
});

describe('annotation handlers', () => {
  it('stores a content script’s annotation under its own page, whatever source it claims', async () => {
    const a = make('https://victim.example/secret');
    const reply = await send<{ annotation: WebAnnotation }>(
      'annotations/create',
      { annotation: a },
      tab('https://news.example/a?utm_source=x#top'),
    );
    expect(reply.ok && reply.value.annotation.target.source).toBe('https://news.example/a');
    const theirs = await send<{ annotations: WebAnnotation[] }>(
      'annotations/list',
      { url: 'https://victim.example/secret' },
      tab('https://news.example/a'),
    );
    expect(theirs.ok && theirs.value.annotations.map((x) => x.id)).toEqual([a.id]);
  });

  it('trusts a canonical URL only on the same site', async () => {
    const a = make('ignored');
    const sender = tab('https://news.example/amp/a');
    await send('annotations/create', { annotation: a, canonical: 'https://other.example/a' }, sender);
    const rows = await getDatabase().annotations.toArray();
    expect(rows.map((r) => r.url)).toEqual(['https://news.example/amp/a']);
  });

  it('forbids a content script to change or delete another page’s annotation', async () => {
    const a = make('https://news.example/a');
    await send('annotations/create', { annotation: a }, page);
    const other = tab('https://evil.example/');
    const update = await send('annotations/update', { id: a.id, changes: { note: 'pwned' } }, other);
    const remove = await send('annotations/delete', { id: a.id }, other);
    expect(update).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(remove).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const own = await send<{ annotation: WebAnnotation }>(
      'annotations/update',
      { id: a.id, changes: { note: 'Vu' } },
      tab('https://news.example/a'),
    );
    expect(own.ok && noteOf(own.value.annotation)).toBe('Vu');
  });

  it('refuses to overwrite an existing id and rejects malformed payloads', async () => {
    const a = make('https://news.example/a');
    await send('annotations/create', { annotation: a }, page);
    const again = await send(
      'annotations/create',
      { annotation: { ...a, target: { ...a.target, source: 'https://x.example/' } } },
      page,
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const bad = await send('annotations/create', { annotation: { ...a, color: 'url(x)' } }, page);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('lists everything for extension pages only', async () => {
    await send('annotations/create', { annotation: make('https://a.example/1') }, page);
    await send('annotations/create', { annotation: make('https://b.example/2') }, page);
    const all = await send<{ annotations: WebAnnotation[] }>('annotations/list', {}, page);
    expect(all.ok && all.value.annotations.length).toBe(2);
    const fromTab = await send<{ annotations: WebAnnotation[] }>(
      'annotations/list',
      {},
      tab('https://c.example/3'),
    );
    expect(fromTab.ok && fromTab.value.annotations.length).toBe(0);
  });

  it('wakes the highlighter only on pages with annotations', async () => {
    await send('annotations/create', { annotation: make('https://a.example/1') }, page);
    const yes = await send('highlighter/wake', {}, tab('https://a.example/1'));
    const no = await send('highlighter/wake', {}, tab('https://a.example/2'));
    expect(yes).toEqual({ ok: true, value: { injected: true } });
    expect(no).toEqual({ ok: true, value: { injected: false } });
    const notFromPages = await send('highlighter/wake', {}, page);
    expect(notFromPages).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
