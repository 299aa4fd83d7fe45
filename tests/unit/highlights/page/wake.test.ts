import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenParsed } from '@/utils/highlights/page/wake';

/** A document whose parser state the test moves by hand. */
function fakeDocument(readyState: DocumentReadyState) {
  const target = new EventTarget();
  const doc = Object.assign(target, { readyState });
  const parsed = () => {
    doc.readyState = 'interactive';
    target.dispatchEvent(new Event('DOMContentLoaded'));
  };
  return { doc: doc as unknown as Document, parsed };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('whenParsed', () => {
  it('runs at once on a parsed page', () => {
    const then = vi.fn();
    whenParsed(fakeDocument('complete').doc, 2000, then);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('waits for DOMContentLoaded, once, and not for the grace after it', () => {
    vi.useFakeTimers();
    const then = vi.fn();
    const { doc, parsed } = fakeDocument('loading');
    whenParsed(doc, 2000, then);
    vi.advanceTimersByTime(500);
    expect(then).not.toHaveBeenCalled();
    parsed();
    vi.advanceTimersByTime(5000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('gives up waiting on a parser that is stuck (a hung synchronous script), once', () => {
    vi.useFakeTimers();
    const then = vi.fn();
    const { doc, parsed } = fakeDocument('loading');
    whenParsed(doc, 2000, then);
    vi.advanceTimersByTime(1999);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
    parsed();
    expect(then).toHaveBeenCalledTimes(1);
  });
});
