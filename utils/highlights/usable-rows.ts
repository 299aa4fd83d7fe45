/**
 * Stored annotation rows as the views may show them. Rows written before imports were checked (or
 * damaged by hand) can hold anything: a colour outside the palette paints in the default colour, and a
 * row that still fails the row checks is left out of lists and exports rather than breaking them.
 */
import type { AnnotationRow } from '@/utils/store/annotation-row';
import { DEFAULT_COLOR } from './model';
import { annotationRowProblem, isHighlightColor } from './validate';

/** The rows a view or an export can use, in the order given. */
export function usableAnnotationRows<T extends AnnotationRow>(rows: T[]): T[] {
  return rows.flatMap((row) => {
    const fixed =
      row && typeof row === 'object' && !isHighlightColor(row.color) ? { ...row, color: DEFAULT_COLOR } : row;
    return annotationRowProblem(fixed) === null ? [fixed] : [];
  });
}
