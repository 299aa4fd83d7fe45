/** Pure helpers of the keyboard layer over highlights: proxy labels and roving-focus moves. */

import { collapseSpaces } from '@/utils/shared/fold';

/** The start of `quote` for an accessible name: whitespace squashed, cut at a word near `max`. */
export function quoteSnippet(quote: string, max = 60): string {
  const text = collapseSpaces(quote);
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max).trimEnd()}…`;
}

/** Index focused after `key` in a list of `count` proxies (arrows wrap, Home/End jump); null: not ours. */
export function rovingIndex(current: number, key: string, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowUp':
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** A rectangle in viewport coordinates (DOMRect's fields, so tests need no layout engine). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Merges a range's client rects into one box per line, so the focus ring outlines lines, not words. */
export function lineBoxes(rects: Iterable<Box>, limit = 60): Box[] {
  const lines: Box[] = [];
  for (const r of rects) {
    if (r.right - r.left < 1 || r.bottom - r.top < 1) continue;
    const line = lines.find((l) => r.top < l.bottom - 1 && r.bottom > l.top + 1);
    if (line) {
      line.left = Math.min(line.left, r.left);
      line.right = Math.max(line.right, r.right);
      line.top = Math.min(line.top, r.top);
      line.bottom = Math.max(line.bottom, r.bottom);
    } else if (lines.length < limit) {
      lines.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    }
  }
  return lines;
}
