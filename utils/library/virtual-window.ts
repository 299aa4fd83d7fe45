/** Which rows of a fixed-row-height list are on screen (pure), with a few extra rows either side. */

/** Half-open range of row indexes to render. */
export interface RowWindow {
  start: number;
  end: number;
}

/** Rows intersecting the viewport plus `overscan` rows before and after, clamped to `count`. */
export function visibleRows(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 6,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight);
  return { start: Math.max(0, Math.min(first, count) - overscan), end: Math.min(count, last + overscan) };
}

/** The scrollTop that brings row `index` into view, or the current one when it already is. */
export function scrollToRow(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return scrollTop;
}
