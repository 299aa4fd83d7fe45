/**
 * Finds which highlight lies under a click. Custom Highlight API highlights have no element to
 * receive events, so the click point is turned into a caret position and tested against ranges.
 */
import type { Painter } from './painter';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The DOM point (text node and offset) under viewport coordinates, or null. */
export function caretPointAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The id of the highlight under the point, checking the caret is really over its text box. */
export function highlightAtPoint(doc: Document, painter: Painter, x: number, y: number): string | null {
  const point = caretPointAt(doc, x, y);
  if (!point) return null;
  const id = painter.at(point.node, point.offset);
  if (!id) return null;
  // A caret snaps to the nearest text even from empty margins: require the click to hit a line box.
  const range = painter.rangeOf(id);
  if (!range || typeof range.getClientRects !== 'function') return id;
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return id;
  }
  return null;
}
