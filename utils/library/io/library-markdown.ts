/**
 * The library as Markdown for note apps (Obsidian): per article YAML front matter (url, author,
 * site, dates, status, tags), a title, the link, the article itself as Markdown (html-markdown; the
 * excerpt when it has no content), then highlights as quote blocks with their notes. One file per
 * article in a zip, or all in one document (a digest: excerpts and highlights, no bodies).
 */
import { collapseSpaces } from '@/utils/shared/fold';
import type { Annotation, ArticleSummary } from '@/utils/store/types';
import { annotationMarkdown, mdTags, mdText } from './annotations/markdown';

const yamlString = (s: string) => JSON.stringify(s);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function frontMatter(a: ArticleSummary): string {
  const lines = [
    `title: ${yamlString(a.title)}`,
    `url: ${yamlString(a.url)}`,
    a.byline ? `author: ${yamlString(a.byline)}` : '',
    `site: ${yamlString(a.siteName ?? a.site)}`,
    a.publishedTime ? `published: ${yamlString(a.publishedTime)}` : '',
    `saved: ${isoDay(a.savedAt)}`,
    `status: ${a.status}`,
    a.favorite ? 'favorite: true' : '',
    `tags: [${a.tags.map(yamlString).join(', ')}]`,
  ];
  return `---\n${lines.filter(Boolean).join('\n')}\n---`;
}

function metadataLine(a: ArticleSummary): string {
  const bits = [
    a.byline,
    a.siteName ?? a.site,
    a.publishedTime?.slice(0, 10),
    `saved ${isoDay(a.savedAt)}`,
    a.status,
  ];
  return `*${bits
    .filter(Boolean)
    .map((b) => mdText(String(b)))
    .join(' · ')}*`;
}

/**
 * One article's Markdown, its annotations in creation order: a file with YAML front matter, or a
 * section of a larger document (metadata on one line, headings one level down).
 */
export function articleMarkdown(
  a: ArticleSummary,
  annotations: Annotation[],
  mode: 'file' | 'section' = 'file',
  body = '',
): string {
  const parts =
    mode === 'file'
      ? [frontMatter(a), `# ${mdText(a.title)}`, `<${a.url}>`]
      : [`## ${mdText(a.title)}`, `<${a.url}>`, metadataLine(a)];
  if (a.tags.length) parts.push(mdTags(a.tags));
  if (body.trim()) parts.push(body.trim());
  else if (a.excerpt) parts.push(a.excerpt.trim());
  const sorted = [...annotations].sort((x, y) => x.created - y.created);
  if (sorted.length)
    parts.push(mode === 'file' ? '## Highlights' : '### Highlights', ...sorted.map(annotationMarkdown));
  return `${parts.join('\n\n')}\n`;
}

/** A file name safe on every OS, unique within `taken`. */
export function markdownFileName(title: string, taken: Set<string>): string {
  const base =
    collapseSpaces(
      title
        .normalize('NFC')
        .replace(/[\\/:*?"<>|#^[\]]/g, ' ')
        .replace(/\p{Cc}/gu, ' '),
    ).slice(0, 80) || 'untitled';
  let name = `${base}.md`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n}).md`;
  taken.add(name.toLowerCase());
  return name;
}

const byArticle = (annotations: Annotation[]) => {
  const map = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const key = a.articleId ?? `url:${a.url}`;
    map.set(key, [...(map.get(key) ?? []), a]);
  }
  return map;
};

const notesOf = (map: Map<string, Annotation[]>, a: ArticleSummary) => [
  ...(map.get(a.id) ?? []),
  ...(map.get(`url:${a.url}`) ?? []),
];

/** One Markdown file per article, by file name (for a zip); `bodyOf` gives an article's body as Markdown. */
export function libraryMarkdownFiles(
  articles: ArticleSummary[],
  annotations: Annotation[],
  bodyOf: (a: ArticleSummary) => string = () => '',
): Record<string, string> {
  const map = byArticle(annotations);
  const taken = new Set<string>();
  const files: Record<string, string> = {};
  for (const a of articles)
    files[markdownFileName(a.title, taken)] = articleMarkdown(a, notesOf(map, a), 'file', bodyOf(a));
  return files;
}

/** The highlights and notes of one article (by its id or its URL), from all of them. */
export function annotationsOf(a: ArticleSummary, annotations: Annotation[]): Annotation[] {
  return notesOf(byArticle(annotations), a);
}

/** The whole library as one Markdown document, articles separated by rules. */
export function libraryMarkdownDocument(articles: ArticleSummary[], annotations: Annotation[]): string {
  const map = byArticle(annotations);
  const sections = articles.map((a) => articleMarkdown(a, notesOf(map, a), 'section'));
  return `# Liseuse library\n\n${sections.join('\n---\n\n')}`;
}
