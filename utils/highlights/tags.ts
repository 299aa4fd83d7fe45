/**
 * Tags as the reader types them: one text field, comma- (or semicolon-) separated, so the editor
 * stays a plain keyboard-friendly input. Pure.
 */
import { collapseSpaces } from '@/utils/shared/fold';
import { LIMITS } from './model';

/** The tags in `text`: trimmed, a leading `#` dropped, duplicates (ignoring case) removed, within limits. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const tag = collapseSpaces(part)
      .replace(/^#+\s*/, '')
      .slice(0, LIMITS.tag)
      .trim();
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length === LIMITS.tags) break;
  }
  return out;
}

/** The text shown in the tags field for `tags` (the inverse of `parseTags` for clean tags). */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
