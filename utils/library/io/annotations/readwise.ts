/**
 * Readwise's CSV (https://readwise.io/import_bulk): `Highlight,Title,Author,URL,Note,Location,Date`.
 * Location is the highlight's character offset when known; Date is `YYYY-MM-DD HH:MM:SS` (UTC).
 */

import { hasColumns, parseCsv, toCsv } from '@/utils/library/io/csv';
import { parseTime, safeUrl, textOrNull } from '@/utils/library/io/fields';
import { emptyImport, type ParsedImport } from '@/utils/library/io/types';
import type { Annotation } from '@/utils/store/types';
import { quoteOf } from './selectors';

/** Readwise's columns, in its documented order. */
export const READWISE_HEADER = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'];

/** What the export knows about each annotated page. */
export interface PageInfo {
  title: string;
  author: string | null;
}

const readwiseDate = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** Serialises annotations with a quote as Readwise CSV; tags go into the note as `.tag` (Readwise's inline tags). */
export function exportReadwiseCsv(annotations: Annotation[], pages: Map<string, PageInfo>): string {
  const rows = annotations.flatMap((a) => {
    const quote = quoteOf(a.target.selector)?.exact;
    if (!quote) return [];
    const pos = a.target.selector.find((s) => s.type === 'TextPositionSelector');
    const page = pages.get(a.url);
    const note = [a.body.trim(), ...a.tags.map((t) => `.${t.replace(/\s+/g, '-')}`)]
      .filter(Boolean)
      .join(' ');
    return [
      [
        quote,
        page?.title ?? a.url,
        page?.author ?? '',
        a.url,
        note,
        pos ? String(pos.start) : '',
        readwiseDate(a.created),
      ],
    ];
  });
  return toCsv(READWISE_HEADER, rows);
}

/** Reads Readwise's `YYYY-MM-DD HH:MM:SS` as UTC (as exported); other date forms as written. */
export function readwiseTime(raw: string | undefined): number | null {
  const v = raw?.trim();
  if (!v) return null;
  return parseTime(/^\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d)?$/.test(v) ? `${v.replace(' ', 'T')}Z` : v);
}

/** True when a CSV header looks like Readwise's. */
export function isReadwiseHeader(header: string[]): boolean {
  return hasColumns({ header }, ['Highlight', 'URL']);
}

/** Parses Readwise CSV; rows without a highlight or a valid URL are reported by line. */
export function parseReadwiseCsv(text: string, file: string, now = Date.now()): ParsedImport {
  const out = emptyImport('readwise-csv');
  const table = parseCsv(text);
  for (const e of table.errors) out.errors.push({ file, ...e });
  for (const row of table.rows) {
    const quote = textOrNull(row.get('Highlight'));
    const url = safeUrl(row.get('URL'));
    if (!quote || !url) {
      out.errors.push({ file, line: row.line, message: quote ? 'invalid URL' : 'empty highlight' });
      continue;
    }
    const dated = readwiseTime(row.get('Date'));
    const created = dated ?? now;
    out.annotations.push({
      url,
      title: textOrNull(row.get('Title')),
      selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
      note: textOrNull(row.get('Note')),
      tags: [],
      color: null,
      created,
      modified: dated,
      from: { file, line: row.line },
    });
  }
  return out;
}
