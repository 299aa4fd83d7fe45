import { describe, expect, it } from 'vitest';
import { lineBoxes, quoteSnippet, rovingIndex } from '@/utils/highlights/page/focus-nav';

describe('quoteSnippet', () => {
  it('keeps short quotes whole, whitespace squashed', () => {
    expect(quoteSnippet('  une attaque\n par   pulvérisation ')).toBe('une attaque par pulvérisation');
  });

  it('cuts long quotes at a word boundary with an ellipsis', () => {
    const quote = 'Les pirates ont ensuite forgé des jetons d’authentification pour lire les courriels';
    const s = quoteSnippet(quote, 40);
    expect(s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(41);
    expect(quote.startsWith(s.slice(0, -1))).toBe(true);
    expect(quote[s.length - 1]).toBe(' ');
  });

  it('cuts inside a very long word rather than returning almost nothing', () => {
    expect(quoteSnippet(`a ${'x'.repeat(100)}`, 20)).toBe(`a ${'x'.repeat(18)}…`);
  });
});

describe('rovingIndex', () => {
  it('moves with arrows (wrapping), Home and End, and ignores other keys', () => {
    expect(rovingIndex(0, 'ArrowDown', 3)).toBe(1);
    expect(rovingIndex(2, 'ArrowRight', 3)).toBe(0);
    expect(rovingIndex(0, 'ArrowUp', 3)).toBe(2);
    expect(rovingIndex(1, 'ArrowLeft', 3)).toBe(0);
    expect(rovingIndex(1, 'Home', 3)).toBe(0);
    expect(rovingIndex(0, 'End', 3)).toBe(2);
    expect(rovingIndex(0, 'Enter', 3)).toBeNull();
    expect(rovingIndex(0, 'ArrowDown', 0)).toBeNull();
  });
});

describe('lineBoxes', () => {
  it('merges the rects of one line and keeps lines apart, skipping empty rects', () => {
    const boxes = lineBoxes([
      { left: 10, top: 100, right: 60, bottom: 120 },
      { left: 60, top: 101, right: 200, bottom: 119 },
      { left: 0, top: 0, right: 0, bottom: 0 },
      { left: 5, top: 124, right: 90, bottom: 144 },
    ]);
    expect(boxes).toEqual([
      { left: 10, top: 100, right: 200, bottom: 120 },
      { left: 5, top: 124, right: 90, bottom: 144 },
    ]);
  });

  it('caps the number of boxes for huge passages', () => {
    const rects = Array.from({ length: 100 }, (_, i) => ({
      left: 0,
      top: i * 20,
      right: 50,
      bottom: i * 20 + 18,
    }));
    expect(lineBoxes(rects, 10)).toHaveLength(10);
  });
});
