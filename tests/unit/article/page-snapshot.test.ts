import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { takePageSnapshot } from '@/utils/article/page-snapshot';

/** A page's `document` as the snapshot reads it, with a settable `readyState` and real events. */
function fakeDocument(readyState: DocumentReadyState, html = '<html><body><p>Parsed</p></body></html>') {
  return Object.assign(new EventTarget(), {
    readyState,
    title: 'Story',
    contentType: 'text/html',
    documentElement: { outerHTML: html },
  });
}

let doc: ReturnType<typeof fakeDocument>;

function stubPage(readyState: DocumentReadyState, html?: string): void {
  doc = fakeDocument(readyState, html);
  vi.stubGlobal('document', doc);
  vi.stubGlobal('location', { href: 'https://news.example/story' });
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('takePageSnapshot', () => {
  it('takes a parsed page at once', async () => {
    stubPage('interactive');
    const snap = await takePageSnapshot(1000, 1500);
    expect(snap).toMatchObject({
      readyState: 'interactive',
      html: '<html><body><p>Parsed</p></body></html>',
    });
  });

  it('takes a page still loading as soon as it reaches DOMContentLoaded', async () => {
    stubPage('loading');
    const taking = takePageSnapshot(1000, 1500);
    await vi.advanceTimersByTimeAsync(300);
    doc.readyState = 'interactive';
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect((await taking).readyState).toBe('interactive');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('takes what is parsed of a page stuck loading once its grace is over', async () => {
    stubPage('loading');
    let taken = false;
    const taking = takePageSnapshot(1000, 1500).finally(() => {
      taken = true;
    });
    await vi.advanceTimersByTimeAsync(1400);
    expect(taken).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(await taking).toMatchObject({ readyState: 'loading', url: 'https://news.example/story' });
  });

  it('cuts a huge page at maxChars and says how long it was', async () => {
    stubPage('complete', `<html>${'x'.repeat(50)}</html>`);
    const snap = await takePageSnapshot(20, 1500);
    expect(snap).toMatchObject({ truncated: true, totalChars: 63 });
    expect(snap.html).toHaveLength(20);
  });
});
