/**
 * Converts between the W3C form that travels in messages and the flat row the library database
 * stores (utils/store's `Annotation`, matched structurally because content-script code may not
 * import the database module).
 */
import type { AnnotationRow } from '@/utils/store/annotation-row';
import { HIGHLIGHT_COLORS, type HighlightColor, type TextualBody, type WebAnnotation } from './model';

/** The database row's shape (utils/store's `Annotation`). */
export type StoredAnnotationRow = AnnotationRow;

/** The row to store for `a`, keyed by the normalised page URL. */
export function toStoredRow(a: WebAnnotation, url: string): StoredAnnotationRow {
  const note = a.body.find((b) => b.purpose === 'commenting')?.value ?? '';
  return {
    id: a.id,
    url,
    target: { source: url, selector: a.target.selector },
    body: note,
    color: a.color,
    tags: a.body.filter((b) => b.purpose === 'tagging').map((b) => b.value),
    created: Date.parse(a.created),
    modified: Date.parse(a.modified),
    ...(a.conflictOf ? { conflictOf: a.conflictOf } : {}),
  };
}

/** The W3C annotation for a stored row; unknown colours (imports) paint yellow. */
export function fromStoredRow(row: StoredAnnotationRow): WebAnnotation {
  const body: TextualBody[] = [
    ...(row.body ? [{ type: 'TextualBody' as const, purpose: 'commenting' as const, value: row.body }] : []),
    ...row.tags.map((value) => ({ type: 'TextualBody' as const, purpose: 'tagging' as const, value })),
  ];
  const color = (HIGHLIGHT_COLORS as readonly string[]).includes(row.color)
    ? (row.color as HighlightColor)
    : 'yellow';
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: row.id,
    type: 'Annotation',
    motivation: row.body ? 'commenting' : 'highlighting',
    created: new Date(row.created).toISOString(),
    modified: new Date(row.modified).toISOString(),
    body,
    target: { source: row.url, selector: row.target.selector },
    color,
    ...(row.conflictOf ? { conflictOf: row.conflictOf } : {}),
  };
}
