/**
 * Pocket's highlights, in either shape Pocket produced:
 * - the annotation export (`annotations/part_*.json` in the 2025 zip): an array of
 *   `{url, title, highlights: [{quote, created_at}]}`;
 * - the API's `retrieve` answer with annotations (what tools such as pockexport saved):
 *   `{list: {<id>: {resolved_url, given_url, resolved_title, given_title, annotations: [{quote,
 *   created_at}]}}}`, where items without highlights have no `annotations`.
 * Pocket kept quotes only, so each becomes a TextQuoteSelector without context; anchoring finds
 * it by quote in the saved copy or on the page.
 */
import { parseTime, safeUrl, textOrNull } from '@/utils/library/io/fields';
import type { ParsedImport } from '@/utils/library/io/types';
import { isObject } from '@/utils/shared/validate-fields';

interface PocketHighlight {
  quote?: unknown;
  created_at?: unknown;
}

/** True for the API shape: an object whose `list` holds items, some with `annotations`. */
export function isPocketApiExport(data: unknown): boolean {
  return (
    isObject(data) &&
    isObject(data.list) &&
    Object.values(data.list).some((item) => isObject(item) && Array.isArray(item.annotations))
  );
}

/** The API shape's highlighted items as the export's `{url, title, highlights}`. */
function fromApiList(list: Record<string, unknown>): unknown[] {
  return Object.values(list)
    .filter((item) => isObject(item) && Array.isArray(item.annotations))
    .map((item) => {
      const it = item as Record<string, unknown>;
      return {
        url: it.resolved_url || it.given_url,
        title: it.resolved_title || it.given_title,
        highlights: it.annotations,
      };
    });
}

/** Parses Pocket annotation JSON into `out` (line = 1-based index of the highlighted article). */
export function parsePocketAnnotations(
  json: string,
  file: string,
  out: ParsedImport,
  now = Date.now(),
): void {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    out.errors.push({ file, line: 1, message: `invalid JSON: ${(err as Error).message}` });
    return;
  }
  const items = isPocketApiExport(data)
    ? fromApiList((data as { list: Record<string, unknown> }).list)
    : data;
  if (!Array.isArray(items)) {
    out.errors.push({ file, line: 1, message: 'expected an array of articles' });
    return;
  }
  items.forEach((item, i) => {
    const url = isObject(item) ? safeUrl(String(item.url ?? '')) : null;
    if (!isObject(item) || !url) {
      out.errors.push({ file, line: i + 1, unit: 'item', message: 'article without a valid url' });
      return;
    }
    const highlights = Array.isArray(item.highlights) ? (item.highlights as PocketHighlight[]) : [];
    for (const h of highlights) {
      const quote = textOrNull(h?.quote);
      if (!quote) continue;
      const created = parseTime(typeof h.created_at === 'number' ? h.created_at : String(h.created_at ?? ''));
      out.annotations.push({
        url,
        title: textOrNull(item.title),
        selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
        note: null,
        tags: [],
        color: null,
        created: created ?? now,
        modified: created,
        from: { file, line: i + 1, unit: 'item' },
      });
    }
  });
}
