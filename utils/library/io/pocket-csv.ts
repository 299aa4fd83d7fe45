/**
 * Pocket's 2024–2025 export: `part_*.csv` files with `title,url,time_added,tags,status`
 * (tags joined by `|`, status `unread` or `archive`), some with an extra `cursor` column.
 */
import { hasColumns, parseCsv } from './csv';
import { parseTime, safeUrl, splitTags } from './fields';
import { linkArticle } from './link-article';
import type { ParsedImport } from './types';

const REQUIRED = ['url'];

/** True when a CSV header looks like Pocket's (url plus time_added). */
export function isPocketCsvHeader(header: string[]): boolean {
  return hasColumns({ header }, ['url', 'time_added']);
}

/** Parses one Pocket CSV file into `out`; `file` names it in errors. `now` dates undated rows. */
export function parsePocketCsv(text: string, file: string, out: ParsedImport, now = Date.now()): void {
  const table = parseCsv(text);
  for (const e of table.errors) out.errors.push({ file, ...e });
  if (!hasColumns(table, REQUIRED)) {
    out.errors.push({ file, line: 1, message: 'missing column: url' });
    return;
  }
  for (const row of table.rows) {
    const url = safeUrl(row.get('url'));
    if (!url) {
      out.errors.push({ file, line: row.line, message: `invalid URL: ${row.get('url') ?? ''}`.trim() });
      continue;
    }
    const status = row.get('status')?.trim().toLowerCase();
    out.articles.push(
      linkArticle(
        {
          url,
          title: row.get('title'),
          savedAt: parseTime(row.get('time_added')),
          status: status === 'archive' || status === 'archived' ? 'archived' : 'unread',
          tags: splitTags(row.get('tags'), '|'),
          from: { file, line: row.line },
        },
        now,
      ),
    );
  }
}
