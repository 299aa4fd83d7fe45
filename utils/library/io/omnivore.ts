/**
 * Omnivore's export zip: `metadata_*.json` arrays of items (`id, slug, title, description, author,
 * url, state, labels, savedAt, updatedAt, publishedAt, readingProgress`), the saved page in
 * `content/<slug>.html` and highlights in `highlights/<slug>.md`.
 */
import { parseTime, safeUrl, splitTags, textOrNull } from './fields';
import { linkArticle } from './link-article';
import { parseQuoteBlocks } from './quote-markdown';
import { emptyImport, type ImportedArticle, type ParsedImport } from './types';
import { baseName, type ZipFiles, zipText } from './zip';

/** Turns untrusted HTML into safe HTML and its plain text; injected (the library's step for stored HTML). */
export type HtmlCleaner = (html: string, baseUrl: string) => { html: string; text: string };

type Item = Record<string, unknown>;

const isItem = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when the archive holds Omnivore's `metadata_*.json`. */
export function isOmnivoreZip(files: ZipFiles): boolean {
  return [...files.keys()].some((p) => /^metadata_.*\.json$/i.test(baseName(p)));
}

/** Labels were written as strings, and in some versions as `{name}` objects. */
function labelsOf(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const names = raw.map((l) => (typeof l === 'string' ? l : isItem(l) ? l.name : null));
  return splitTags(names.filter((n): n is string => typeof n === 'string').join('\u0000'), '\u0000');
}

/** Finds `<dir>/<slug>.<ext>` wherever the archive root is. */
function fileFor(files: ZipFiles, dir: string, slug: string, ext: string): string | null {
  const suffix = `${dir}/${slug}.${ext}`;
  for (const path of files.keys()) if (path === suffix || path.endsWith(`/${suffix}`)) return path;
  return null;
}

/** One metadata item → an article (with content when the archive has it) and its highlights. */
function readItem(
  item: Item,
  files: ZipFiles,
  clean: HtmlCleaner,
  out: ParsedImport,
  at: ImportedArticle['from'],
  now: number,
) {
  const url = safeUrl(String(item.url ?? ''));
  if (!url) return out.errors.push({ ...at, message: `invalid URL: ${String(item.url ?? '')}` });
  const state = String(item.state ?? '').toLowerCase();
  if (state === 'deleted') return out.errors.push({ ...at, message: 'deleted in Omnivore: skipped' });
  const article = linkArticle(
    {
      url,
      title: textOrNull(item.title),
      savedAt: parseTime(item.savedAt as string),
      status: state === 'archived' ? 'archived' : 'unread',
      tags: labelsOf(item.labels),
      excerpt: textOrNull(item.description),
      from: at,
    },
    now,
  );
  article.byline = textOrNull(item.author);
  article.publishedTime = textOrNull(item.publishedAt);
  article.updatedAt = parseTime(item.updatedAt as string);
  const progress = Number(item.readingProgress);
  article.progress = Number.isFinite(progress) && progress > 0 ? Math.min(progress / 100, 1) : null;
  const slug = textOrNull(item.slug);
  const contentPath = slug ? fileFor(files, 'content', slug, 'html') : null;
  const cleaned = contentPath ? clean(zipText(files, contentPath), url) : null;
  if (cleaned?.text.trim())
    Object.assign(article, { html: cleaned.html, text: cleaned.text, contentMissing: false });
  out.articles.push(article);
  const mdPath = slug ? fileFor(files, 'highlights', slug, 'md') : null;
  if (mdPath) readHighlights(zipText(files, mdPath), mdPath, article, out);
}

/** Omnivore's highlight file → quote-only annotations (Omnivore kept no context or offsets). */
function readHighlights(markdown: string, file: string, article: ImportedArticle, out: ParsedImport) {
  const when = article.updatedAt;
  for (const block of parseQuoteBlocks(markdown)) {
    out.annotations.push({
      url: article.url,
      title: article.title,
      selectors: [{ type: 'TextQuoteSelector', exact: block.quote, prefix: '', suffix: '' }],
      note: block.note,
      tags: [],
      color: null,
      created: when ?? article.savedAt,
      modified: when,
      from: { file, line: block.line },
    });
  }
}

/** Parses an Omnivore archive; `clean` sanitises each saved page. */
export function parseOmnivoreZip(files: ZipFiles, clean: HtmlCleaner, now = Date.now()): ParsedImport {
  const out = emptyImport('omnivore-zip');
  const metas = [...files.keys()].filter((p) => /^metadata_.*\.json$/i.test(baseName(p))).sort();
  for (const file of metas) {
    let items: unknown;
    try {
      items = JSON.parse(zipText(files, file));
    } catch (err) {
      out.errors.push({ file, line: 1, message: `invalid JSON: ${(err as Error).message}` });
      continue;
    }
    if (!Array.isArray(items)) {
      out.errors.push({ file, line: 1, message: 'expected an array of items' });
      continue;
    }
    items.forEach((item, i) => {
      const at = { file, line: i + 1, unit: 'item' as const };
      if (isItem(item)) readItem(item, files, clean, out, at, now);
      else out.errors.push({ ...at, message: 'not an object' });
    });
  }
  return out;
}
