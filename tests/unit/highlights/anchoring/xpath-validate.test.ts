import { describe, expect, it } from 'vitest';
import { anchorAll } from '@/utils/highlights/anchoring';
import { elementFromXPath, xpathFromElement } from '@/utils/highlights/anchoring/xpath';
import { isSelector } from '@/utils/shared/validate-selectors';
import { pageRoot } from './dom';

describe('xpath', () => {
  it('round-trips element paths relative to the root', () => {
    const root = pageRoot('<div><p>a</p><p>b <em>c</em></p></div><p>d</p>');
    const em = root.querySelector('em') as Element;
    expect(xpathFromElement(root, em)).toBe('/div[1]/p[2]/em[1]');
    expect(elementFromXPath(root, '/div[1]/p[2]/em[1]')).toBe(em);
    expect(elementFromXPath(root, '/')).toBe(root);
    expect(elementFromXPath(root, '/div[1]/p[3]')).toBeNull();
    expect(elementFromXPath(root, '/div[1]/p[2]/text()')).toBeNull();
  });
});

describe('isSelector', () => {
  it('accepts the W3C forms and rejects malformed ones', () => {
    const point = (n: number) => ({
      type: 'XPathSelector',
      value: '/p[1]',
      refinedBy: { type: 'TextPositionSelector', start: n, end: n },
    });
    expect(isSelector({ type: 'RangeSelector', startSelector: point(0), endSelector: point(4) })).toBe(true);
    expect(isSelector({ type: 'TextQuoteSelector', exact: 'x' })).toBe(true);
    expect(isSelector({ type: 'TextQuoteSelector', exact: '' })).toBe(false);
    expect(isSelector({ type: 'TextPositionSelector', start: 5, end: 2 })).toBe(false);
    expect(isSelector({ type: 'RangeSelector', startSelector: point(-1), endSelector: point(4) })).toBe(
      false,
    );
    expect(isSelector({ type: 'CssSelector', value: 'p' })).toBe(false);
  });
});

describe('anchorAll', () => {
  it('returns one result per annotation, in order, and reports each', async () => {
    const root = pageRoot('<p>alpha beta gamma</p><p>delta epsilon</p>');
    const seen: number[] = [];
    const results = await anchorAll(
      root,
      [
        [{ type: 'TextQuoteSelector', exact: 'delta' }],
        [{ type: 'TextQuoteSelector', exact: 'omega' }],
        [{ type: 'TextQuoteSelector', exact: 'beta gamma' }],
      ],
      { onResult: (i) => seen.push(i) },
    );
    expect(results.map((r) => (r.status === 'anchored' ? [r.start, r.end] : r.reason))).toEqual([
      [17, 22],
      'not-found',
      [6, 16],
    ]);
    expect(seen).toEqual([0, 1, 2]);
  });
});
