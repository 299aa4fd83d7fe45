/**
 * Painters draw highlights on a document. The CSS Custom Highlight API leaves the DOM untouched;
 * the `<mark>` fallback is used only where that API is missing, and restores every text node it
 * split when a highlight is removed.
 */
import type { HighlightColor } from '@/utils/highlights/model';

/** What every painter can do; ids are annotation ids. */
export interface Painter {
  readonly kind: 'highlight-api' | 'mark';
  /** Paints (or repaints) highlight `id` over `range`. */
  paint(id: string, range: Range, color: HighlightColor): void;
  /**
   * Paints several highlights whose ranges were all computed on the current DOM. Needed because
   * wrapping text moves nodes, which collapses other live ranges pointing into them.
   */
  paintMany(items: { id: string; range: Range; color: HighlightColor }[]): void;
  /** Changes the colour of a painted highlight. */
  recolor(id: string, color: HighlightColor): void;
  /** Removes highlight `id`, leaving the page as it was. */
  remove(id: string): void;
  /** Removes every highlight and the injected styles. */
  clear(): void;
  /** Ids currently painted. */
  ids(): string[];
  /** The innermost highlight containing the DOM point, or null. */
  at(node: Node, offset: number): string | null;
  /** True for nodes the painter itself inserted (ignored by mutation observers). */
  owns(node: Node): boolean;
  /** The painted range of `id` (live), for positioning the note editor. */
  rangeOf(id: string): Range | null;
  /** The element of `id` that takes keyboard focus (its first `<mark>`), or null when painting adds none. */
  focusTarget(id: string): HTMLElement | null;
}

/** The `CSS.highlights` registry when the browser has the Custom Highlight API. */
export function highlightRegistry(win: Window & typeof globalThis): HighlightRegistry | null {
  const css = (win as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  return css?.highlights && typeof win.Highlight === 'function' ? css.highlights : null;
}

/** Strict containment: a caret at a highlight's very end is outside it (the next word was clicked). */
export function rangeHoldsPoint(range: Range, node: Node, offset: number): boolean {
  try {
    if (range.collapsed || !range.isPointInRange(node, offset)) return false;
    return !(node === range.endContainer && offset === range.endOffset);
  } catch {
    return false;
  }
}
