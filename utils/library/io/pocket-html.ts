/**
 * Pocket's older `ril_export.html`: `<a href time_added tags>` links listed under an "Unread"
 * heading and a "Read Archive" heading, tags comma-separated. The file is machine-written, so a
 * small tokenizer reads it without a DOM (and can report line numbers).
 */

import { decodeEntities } from '@/utils/shared/html-entities';
import { parseTime, safeUrl, splitTags } from './fields';
import { linkArticle } from './link-article';
import type { ParsedImport } from './types';

const TOKEN = /<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>|<a\s([^>]*)>([\s\S]*?)<\/a>/gi;
const ATTR = /([a-z_:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/** Reads an opening tag's attributes by lower-cased name, entities decoded. */
function attributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    attrs.set((m[1] as string).toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

const stripTags = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, '')).trim();

/** True when the HTML looks like a Pocket export (links carrying `time_added`). */
export function isPocketHtml(text: string): boolean {
  return /<a\s[^>]*\btime_added\s*=/i.test(text);
}

/** Parses `ril_export.html` into `out`. Links after a heading containing "archive" are archived. */
export function parsePocketHtml(text: string, file: string, out: ParsedImport, now = Date.now()): void {
  let archived = false;
  let line = 1;
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    if (m[1] !== undefined) {
      archived = /archive/i.test(stripTags(m[1]));
      continue;
    }
    const attrs = attributes(m[2] as string);
    const url = safeUrl(attrs.get('href'));
    if (!url) {
      out.errors.push({ file, line, message: `invalid URL: ${attrs.get('href') ?? ''}`.trim() });
      continue;
    }
    out.articles.push(
      linkArticle(
        {
          url,
          title: stripTags(m[3] as string),
          savedAt: parseTime(attrs.get('time_added')),
          status: archived ? 'archived' : 'unread',
          tags: splitTags(attrs.get('tags'), ','),
          from: { file, line },
        },
        now,
      ),
    );
  }
}
