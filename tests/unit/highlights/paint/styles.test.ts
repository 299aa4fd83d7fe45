import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS } from '@/utils/highlights/model';
import { TOOLBAR_CSS } from '@/utils/highlights/page/toolbar-styles';
import { COLOR_LINES, highlightCss, highlightName, solidFill } from '@/utils/highlights/paint/styles';

describe('highlight colours are told apart without colour alone', () => {
  it('gives every colour its own line pattern', () => {
    const lines = HIGHLIGHT_COLORS.map((c) => COLOR_LINES[c]);
    expect(new Set(lines).size).toBe(HIGHLIGHT_COLORS.length);
  });

  it('underlines each colour with its pattern on the page, with both painters', () => {
    const css = highlightCss();
    for (const c of HIGHLIGHT_COLORS) {
      const line = `text-decoration:underline ${COLOR_LINES[c]} currentColor`;
      expect(css).toMatch(new RegExp(`::highlight\\(${highlightName(c)}\\)\\{[^}]*${line}`));
      expect(css).toMatch(new RegExp(`mark\\[data-liseuse-color="${c}"\\]\\{[^}]*${line}`));
    }
  });

  it('draws the same pattern on the toolbar swatch of each colour, on its opaque fill', () => {
    for (const c of HIGHLIGHT_COLORS) {
      expect(TOOLBAR_CSS).toContain(
        `.swatch[data-color="${c}"]{background:${solidFill(c)};border-bottom-style:${COLOR_LINES[c]}}`,
      );
    }
    expect(solidFill('yellow')).toBe('rgba(255, 212, 0, 1)');
  });
});
