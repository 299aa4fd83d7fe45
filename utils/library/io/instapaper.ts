/**
 * Instapaper's CSV export: `URL,Title,Selection,Folder`, and the newer `...,Timestamp,Tags` where
 * Tags is a JSON array inside a cell. Folder "Archive" means archived, "Starred" favourite; any
 * other folder than "Unread" becomes a tag so the reader's filing survives.
 */
import { hasColumns, parseCsv } from './csv';
import { parseTime, safeUrl, splitTags, textOrNull } from './fields';
import { linkArticle } from './link-article';
import type { ParsedImport } from './types';

/** True when a CSV header looks like Instapaper's. */
export function isInstapaperHeader(header: string[]): boolean {
  return hasColumns({ header }, ['URL', 'Title', 'Folder']);
}

/** Reads the Tags cell: a JSON array of strings, or (leniently) a comma-separated list. */
export function instapaperTags(cell: string | undefined): string[] {
  const raw = cell?.trim();
  if (!raw) return [];
  if (raw.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed)) {
        const names = parsed.map((t) => (typeof t === 'string' ? t : (t as { name?: unknown })?.name));
        return splitTags(names.filter((t): t is string => typeof t === 'string').join('\u0000'), '\u0000');
      }
    } catch {
      // Not JSON after all: fall through to the plain list.
    }
  }
  return splitTags(raw, ',');
}

/** Parses an Instapaper CSV into `out`. */
export function parseInstapaperCsv(text: string, file: string, out: ParsedImport, now = Date.now()): void {
  const table = parseCsv(text);
  for (const e of table.errors) out.errors.push({ file, ...e });
  if (!hasColumns(table, ['URL'])) {
    out.errors.push({ file, line: 1, message: 'missing column: URL' });
    return;
  }
  for (const row of table.rows) {
    const url = safeUrl(row.get('URL'));
    if (!url) {
      out.errors.push({ file, line: row.line, message: `invalid URL: ${row.get('URL') ?? ''}`.trim() });
      continue;
    }
    const folder = row.get('Folder')?.trim() ?? '';
    const folderTag = /^(unread|archive|starred)$/i.test(folder) || !folder ? [] : [folder];
    out.articles.push(
      linkArticle(
        {
          url,
          title: row.get('Title'),
          savedAt: parseTime(row.get('Timestamp')),
          status: /^archive$/i.test(folder) ? 'archived' : 'unread',
          favourite: /^starred$/i.test(folder),
          tags: splitTags([...instapaperTags(row.get('Tags')), ...folderTag].join('\u0000'), '\u0000'),
          excerpt: textOrNull(row.get('Selection')),
          from: { file, line: row.line },
        },
        now,
      ),
    );
  }
}
