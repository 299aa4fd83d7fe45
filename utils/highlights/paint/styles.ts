/** The highlight colours as CSS, and their injection into a document without touching the page's own sheets. */
import { HIGHLIGHT_COLORS, type HighlightColor } from '@/utils/highlights/model';

/** Translucent fills readable on light and dark pages alike. */
export const COLOR_FILLS: Record<HighlightColor, string> = {
  yellow: 'rgba(255, 212, 0, 0.42)',
  green: 'rgba(72, 199, 116, 0.38)',
  blue: 'rgba(80, 160, 255, 0.36)',
  pink: 'rgba(255, 105, 180, 0.36)',
};

/**
 * The line drawn under each colour's highlights (and on its swatches): colours are told apart by the line's
 * pattern too, not by hue alone (WCAG 1.4.1).
 */
export const COLOR_LINES: Record<HighlightColor, 'solid' | 'dashed' | 'dotted' | 'double'> = {
  yellow: 'solid',
  green: 'dashed',
  blue: 'dotted',
  pink: 'double',
};

/** The fill of colour `c` made opaque, for swatches. */
export function solidFill(c: HighlightColor): string {
  return COLOR_FILLS[c].replace(/[\d.]+\)$/, '1)');
}

/** The name under which colour `c` is registered in `CSS.highlights`. */
export function highlightName(c: HighlightColor): string {
  return `liseuse-${c}`;
}

/** Styles for both painters: `::highlight()` pseudo-elements and fallback `<mark>`s. */
export function highlightCss(): string {
  return HIGHLIGHT_COLORS.map(
    (c) =>
      `::highlight(${highlightName(c)}){background-color:${COLOR_FILLS[c]};color:inherit;` +
      `text-decoration:underline ${COLOR_LINES[c]} currentColor}` +
      `mark[data-liseuse-color="${c}"]{all:unset;background-color:${COLOR_FILLS[c]};cursor:pointer;` +
      `text-decoration:underline ${COLOR_LINES[c]} currentColor;text-underline-offset:2px}`,
  ).join('\n');
}

/**
 * Adds `css` to `doc` as an adopted stylesheet (no DOM node) or, where constructable sheets are
 * unavailable, as a `<style>` element; returns a function that removes it again.
 */
export function injectStyles(doc: Document, css: string): () => void {
  const win = doc.defaultView;
  try {
    if (win && 'adoptedStyleSheets' in doc && typeof win.CSSStyleSheet === 'function') {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  } catch {
    // Constructable sheets can be refused across extension worlds (Firefox Xrays): use an element.
  }
  const style = doc.createElement('style');
  style.dataset.liseuse = 'highlights';
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  return () => style.remove();
}
