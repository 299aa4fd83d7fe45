/**
 * Annotations as Markdown, good in Obsidian: one `## [Title](url)` section per page, each
 * highlight a quote block followed by its note and tags. The same shape reads back.
 */

import { safeUrl } from '@/utils/library/io/fields';
import { parseQuoteBlocks } from '@/utils/library/io/quote-markdown';
import { emptyImport, type ParsedImport } from '@/utils/library/io/types';
import { collapseSpaces } from '@/utils/shared/fold';
import type { Annotation } from '@/utils/store/types';
import { quoteOf } from './selectors';

/** Escapes Markdown link text. */
export const mdText = (s: string) => collapseSpaces(s.replace(/([\\[\]*_`<>])/g, '\\$1'));

/** Quote-blocks a passage, one `> ` per line. */
export const mdQuote = (s: string) =>
  s
    .trim()
    .split(/\r?\n/)
    .map((l) => `> ${l}`.trimEnd())
    .join('\n');

/** `#tag` list Obsidian recognises (spaces become dashes). */
export const mdTags = (tags: string[]) => tags.map((t) => `#${t.trim().replace(/\s+/g, '-')}`).join(' ');

/** One highlight: quote block, then the note and tags as paragraphs. */
export function annotationMarkdown(a: Annotation): string {
  const parts = [mdQuote(quoteOf(a.target.selector)?.exact ?? '')];
  if (a.body.trim()) parts.push(a.body.trim());
  if (a.tags.length) parts.push(mdTags(a.tags));
  return parts.join('\n\n');
}

/** Groups by page (in first-seen order) under `## [title](url)` headings. */
export function exportAnnotationsMarkdown(annotations: Annotation[], titles: Map<string, string>): string {
  const byUrl = new Map<string, Annotation[]>();
  for (const a of annotations) byUrl.set(a.url, [...(byUrl.get(a.url) ?? []), a]);
  const sections = [...byUrl].map(([url, list]) => {
    const sorted = [...list].sort((x, y) => x.created - y.created);
    return [`## [${mdText(titles.get(url) ?? url)}](${url})`, ...sorted.map(annotationMarkdown)].join('\n\n');
  });
  return `# Highlights\n\n${sections.join('\n\n---\n\n')}\n`;
}

const HEADING = /^#{1,6}\s+\[(.*)\]\((\S+)\)\s*$/;

/** Reads Markdown written as above (or by hand in that shape): quotes under a linked heading. */
export function parseAnnotationsMarkdown(markdown: string, file: string, now = Date.now()): ParsedImport {
  const out = emptyImport('w3c-annotations');
  const lines = markdown.split(/\r?\n/);
  const headings = lines.flatMap((l, i) => {
    const m = HEADING.exec(l);
    return m ? [{ line: i, title: (m[1] as string).replace(/\\(.)/g, '$1'), url: safeUrl(m[2]) }] : [];
  });
  headings.forEach((h, k) => {
    const end = headings[k + 1]?.line ?? lines.length;
    const section = lines.slice(h.line + 1, end).join('\n');
    for (const block of parseQuoteBlocks(section)) {
      const from = { file, line: h.line + 1 + block.line };
      if (!h.url) {
        out.errors.push({ ...from, message: 'highlight under a heading without a valid URL' });
        continue;
      }
      const note = block.note?.replace(/\n*-{3,}\s*$/, '').trim() || null;
      out.annotations.push({
        url: h.url,
        title: h.title,
        selectors: [{ type: 'TextQuoteSelector', exact: block.quote, prefix: '', suffix: '' }],
        note,
        tags: [],
        color: null,
        created: now,
        modified: null,
        from,
      });
    }
  });
  return out;
}
