import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { createAnnotation, type WebAnnotation } from '@/utils/highlights/model';
import type { SessionEntry } from '@/utils/highlights/page/anchoring-session';
import { createFocusLayer } from '@/utils/highlights/page/highlight-focus';

/** A stand-in for a live Range: the layer only orders ranges and measures them. */
function fakeRange(position: number, node: Node): Range {
  const self = {
    startContainer: node,
    compareBoundaryPoints: (_how: number, other: { position: number }) =>
      Math.sign(position - other.position),
    getClientRects: () => [],
    getBoundingClientRect: () => ({ top: 10, bottom: 30, height: 20 }),
    position,
  };
  return self as unknown as Range;
}

function annotation(n: number, quote: string, note = ''): WebAnnotation {
  return createAnnotation({
    id: `urn:uuid:${n}`,
    source: 'https://example.org/a',
    selector: [{ type: 'TextQuoteSelector', exact: quote }],
    color: 'yellow',
    note,
    now: new Date(0),
  });
}

function setup(trusted = true) {
  const { document, window } = parseHTML('<html><head></head><body><p>Texte</p></body></html>');
  const doc = document as unknown as Document;
  const open = vi.fn();
  const t = (key: string, subs?: string[]) => `«${key}»${subs?.join('|') ?? ''}`;
  let shadow: ShadowRoot | null = null;
  const guard = { trusted: () => trusted, onShadow: (root: ShadowRoot) => (shadow = root) };
  const layer = createFocusLayer({ doc, t, rangeOf: () => null, open, guard });
  const host = () => doc.querySelector('liseuse-highlights') as HTMLElement | null;
  const proxies = () => [...(shadow?.querySelectorAll('[data-testid="highlight-focus"]') ?? [])];
  const p = doc.querySelector('p') as Node;
  const entry = (a: WebAnnotation, position: number | null): SessionEntry => ({
    annotation: a,
    range: position === null ? null : fakeRange(position, p),
    ambiguous: false,
  });
  const key = (k: string) =>
    Object.assign(new window.Event('keydown', { bubbles: true }), { key: k }) as unknown as Event;
  const shadowOf = (): ShadowRoot | null => shadow;
  return { doc, layer, host, proxies, entry, open, key, shadowOf };
}

describe('highlight focus layer', () => {
  it('adds one labelled proxy per anchored highlight, in document order, before <body>', () => {
    const { layer, host, proxies, entry, shadowOf } = setup();
    layer.sync([]);
    expect(host()).toBeNull();
    layer.sync([
      entry(annotation(1, 'plus loin dans la page'), 20),
      entry(annotation(2, 'introuvable'), null),
      entry(annotation(3, 'au début', 'une note'), 5),
    ]);
    expect(host()?.hasAttribute('data-liseuse-ui')).toBe(true);
    // Closed: the labels quote the reader's passages and tell which carry a note.
    expect(host()?.shadowRoot).toBeNull();
    expect(host()?.nextElementSibling?.tagName).toBe('BODY');
    expect(proxies().map((b) => b.textContent)).toEqual([
      '«hlFocusLabelNote»au début',
      '«hlFocusLabel»plus loin dans la page',
    ]);
    const group = shadowOf()?.querySelector('[role="toolbar"]');
    expect(group?.getAttribute('aria-label')).toBe('«hlFocusGroup»');
    // One Tab stop: only the current proxy is in the Tab order.
    expect(proxies().map((b) => b.getAttribute('tabindex'))).toEqual(['0', '-1']);
  });

  it('moves the Tab stop with the arrows and opens the note editor on activation', () => {
    const { layer, proxies, entry, open, key, shadowOf } = setup();
    layer.sync([
      entry(annotation(1, 'un'), 1),
      entry(annotation(2, 'deux'), 2),
      entry(annotation(3, 'trois'), 3),
    ]);
    const group = shadowOf()?.querySelector('[role="toolbar"]') as HTMLElement;
    group.dispatchEvent(key('End'));
    expect(proxies().map((b) => b.getAttribute('tabindex'))).toEqual(['-1', '-1', '0']);
    group.dispatchEvent(key('ArrowDown'));
    expect(proxies().map((b) => b.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    (proxies()[1] as HTMLElement).click();
    expect(open).toHaveBeenCalledWith('urn:uuid:2');
    // A highlight opened by a click becomes the Tab stop.
    layer.remember('urn:uuid:3');
    expect(proxies().map((b) => b.getAttribute('tabindex'))).toEqual(['-1', '-1', '0']);
  });

  it('keeps the current proxy across re-syncs, drops removed ones and leaves the page when none is left', () => {
    const { layer, proxies, entry, key, shadowOf, host } = setup();
    const [a, b, c] = [annotation(1, 'un'), annotation(2, 'deux'), annotation(3, 'trois')];
    layer.sync([entry(a, 1), entry(b, 2), entry(c, 3)]);
    const group = shadowOf()?.querySelector('[role="toolbar"]') as HTMLElement;
    group.dispatchEvent(key('ArrowDown'));
    const second = proxies()[1];
    // The page moved "deux" before "un": same button, new place, still the Tab stop.
    layer.sync([entry(a, 5), entry(b, 2), entry(c, 9)]);
    expect(proxies()[0]).toBe(second);
    expect(proxies().map((p) => p.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    layer.sync([entry(a, 5)]);
    expect(proxies().map((p) => p.textContent)).toEqual(['«hlFocusLabel»un']);
    layer.sync([]);
    expect(host()).toBeNull();
  });

  it('ignores clicks and keys a page script dispatches', () => {
    const { layer, proxies, entry, open, key, shadowOf } = setup(false);
    layer.sync([entry(annotation(1, 'un'), 1), entry(annotation(2, 'deux'), 2)]);
    shadowOf()?.querySelector('[role="toolbar"]')?.dispatchEvent(key('End'));
    (proxies()[0] as HTMLElement).click();
    expect(open).not.toHaveBeenCalled();
    expect(proxies().map((b) => b.getAttribute('tabindex'))).toEqual(['0', '-1']);
  });

  it('is removed entirely on destroy', () => {
    const { layer, host, entry } = setup();
    layer.sync([entry(annotation(1, 'un'), 1)]);
    layer.destroy();
    expect(host()).toBeNull();
  });
});
