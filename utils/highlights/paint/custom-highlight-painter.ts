/** Paints with the CSS Custom Highlight API: one `Highlight` per colour, ranges only, no DOM change. */
import { HIGHLIGHT_COLORS, type HighlightColor } from '@/utils/highlights/model';
import { type Painter, rangeHoldsPoint } from './painter';
import { highlightCss, highlightName, injectStyles } from './styles';

/** Creates a painter over `registry` (the document's `CSS.highlights`). */
export function createCustomHighlightPainter(doc: Document, registry: HighlightRegistry): Painter {
  const win = doc.defaultView as Window & typeof globalThis;
  const layers = new Map<HighlightColor, Highlight>();
  const painted = new Map<string, { range: Range; color: HighlightColor }>();
  let removeStyles: (() => void) | null = null;

  const layer = (color: HighlightColor): Highlight => {
    let h = layers.get(color);
    if (!h) {
      h = new win.Highlight();
      layers.set(color, h);
      registry.set(highlightName(color), h);
    }
    removeStyles ??= injectStyles(doc, highlightCss());
    return h;
  };

  const painter: Painter = {
    kind: 'highlight-api',
    paint(id, range, color) {
      painter.remove(id);
      painted.set(id, { range, color });
      layer(color).add(range);
    },
    paintMany(items) {
      for (const { id, range, color } of items) painter.paint(id, range, color);
    },
    recolor(id, color) {
      const p = painted.get(id);
      if (p) painter.paint(id, p.range, color);
    },
    remove(id) {
      const p = painted.get(id);
      if (!p) return;
      layers.get(p.color)?.delete(p.range);
      painted.delete(id);
    },
    clear() {
      painted.clear();
      for (const c of HIGHLIGHT_COLORS) {
        if (layers.get(c) && registry.get(highlightName(c)) === layers.get(c))
          registry.delete(highlightName(c));
      }
      layers.clear();
      removeStyles?.();
      removeStyles = null;
    },
    ids: () => [...painted.keys()],
    at(node, offset) {
      let best: { id: string; size: number } | null = null;
      for (const [id, { range }] of painted) {
        if (!rangeHoldsPoint(range, node, offset)) continue;
        const size = range.toString().length;
        if (!best || size < best.size) best = { id, size };
      }
      return best?.id ?? null;
    },
    owns: () => false,
    rangeOf: (id) => painted.get(id)?.range ?? null,
    // Nothing is added to the page; the focus layer's proxies take focus instead.
    focusTarget: () => null,
  };
  return painter;
}
