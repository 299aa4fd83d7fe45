import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { setStatus, watchPage } from '@/utils/highlights/page/page-watch';

const flush = () => new Promise((r) => setImmediate(r));

function setup() {
  const { document } = parseHTML('<html><body><main id="m"><p>Un</p></main></body></html>');
  const doc = document as unknown as Document;
  const onSettled = vi.fn();
  const controller = new AbortController();
  watchPage({
    doc,
    signal: controller.signal,
    onSettled,
    onPageChange: vi.fn(),
    pageKey: () => 'same',
    ignore: (n) => n.nodeName === 'LISEUSE-TOOLBAR',
    debounceMs: 20,
    pollMs: 60_000,
  });
  const main = doc.getElementById('m') as HTMLElement;
  return { doc, main, onSettled, controller };
}

describe('page watcher', () => {
  it('reports a burst of late content once, after the DOM is quiet', async () => {
    const { doc, main, onSettled, controller } = setup();
    for (let i = 0; i < 5; i++) main.append(doc.createElement('p'));
    await flush();
    expect(onSettled).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 40));
    expect(onSettled).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('ignores its own nodes and stops when aborted', async () => {
    const { doc, main, onSettled, controller } = setup();
    doc.documentElement.append(doc.createElement('liseuse-toolbar'));
    await new Promise((r) => setTimeout(r, 40));
    expect(onSettled).not.toHaveBeenCalled();
    controller.abort();
    main.append(doc.createElement('p'));
    await new Promise((r) => setTimeout(r, 40));
    expect(onSettled).not.toHaveBeenCalled();
  });

  it('reports another page (URL or canonical changed) instead of a settled one', async () => {
    const { document } = parseHTML('<html><body><main id="m"></main></body></html>');
    const doc = document as unknown as Document;
    let key = 'a';
    const onSettled = vi.fn();
    const onPageChange = vi.fn();
    const controller = new AbortController();
    watchPage({
      doc,
      signal: controller.signal,
      pageKey: () => key,
      onSettled,
      onPageChange,
      ignore: () => false,
      debounceMs: 10,
    });
    key = 'b';
    doc.getElementById('m')?.append(doc.createElement('p'));
    await vi.waitFor(() => expect(onPageChange).toHaveBeenCalledTimes(1));
    expect(onSettled).not.toHaveBeenCalled();
    doc.getElementById('m')?.append(doc.createElement('p'));
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1));
    expect(onPageChange).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('writes the status attributes on <html>', () => {
    const { doc } = setup();
    setStatus(doc, { anchored: 3, orphans: 1 });
    expect(doc.documentElement.getAttribute('data-liseuse-anchored')).toBe('3');
    expect(doc.documentElement.getAttribute('data-liseuse-orphans')).toBe('1');
  });
});
