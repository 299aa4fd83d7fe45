/** The database edge of exports: reads the library and returns a named file ready to download. */

import type { HtmlParser } from '@/utils/article/parse-html';
import { usableAnnotationRows } from '@/utils/highlights/usable-rows';
import {
  allSummaries,
  getArticle,
  type LiseuseDatabase,
  listAllAnnotations,
  listAnnotations,
  readLibraryDump,
} from '@/utils/store';
import type { ArticleContent } from '@/utils/store/types';
import { exportAnnotationsMarkdown } from './annotations/markdown';
import { exportReadwiseCsv, type PageInfo } from './annotations/readwise';
import { exportW3cAnnotations } from './annotations/w3c-export';
import { htmlToMarkdown } from './html-markdown';
import { serializeLibrary } from './library-json';
import {
  annotationsOf,
  articleMarkdown,
  libraryMarkdownDocument,
  libraryMarkdownFiles,
  markdownFileName,
} from './library-markdown';
import { writeZip } from './zip';

/** The exports the panel offers. */
export type ExportKind =
  | 'library-json'
  | 'library-markdown'
  | 'library-markdown-document'
  | 'annotations-w3c'
  | 'annotations-markdown'
  | 'annotations-readwise';

/** A file to hand to the reader. */
export interface ExportFile {
  name: string;
  blob: Blob;
}

const day = (now: number) => new Date(now).toISOString().slice(0, 10);

/** How exports read article HTML (the page's DOMParser; linkedom in Node), for bodies as Markdown. */
export interface ExportOptions {
  parse?: HtmlParser;
}

/** An article's stored HTML as Markdown, or '' without a parser or content. */
function bodyMarkdown(
  content: Pick<ArticleContent, 'html'> | undefined,
  url: string,
  parse?: HtmlParser,
): string {
  if (!parse || !content?.html) return '';
  return htmlToMarkdown(parse(content.html, url).body);
}

/** One article as a Markdown file for Obsidian: front matter, the article, its highlights and notes. */
export async function buildArticleMarkdown(
  db: LiseuseDatabase,
  id: string,
  options: ExportOptions = {},
): Promise<ExportFile | null> {
  const article = await getArticle(db, id);
  if (!article) return null;
  const annotations = annotationsOf(article, await listAnnotations(db, article.url));
  const md = articleMarkdown(article, annotations, 'file', bodyMarkdown(article, article.url, options.parse));
  return {
    name: markdownFileName(article.title, new Set()),
    blob: new Blob([md], { type: 'text/markdown' }),
  };
}

async function pages(db: LiseuseDatabase): Promise<Map<string, PageInfo>> {
  const rows = await allSummaries(db);
  return new Map(rows.map((a) => [a.url, { title: a.title, author: a.byline }]));
}

/** Builds the export file of `kind` from the current library. */
export async function buildExport(
  db: LiseuseDatabase,
  kind: ExportKind,
  now = Date.now(),
  options: ExportOptions = {},
): Promise<ExportFile> {
  const stamp = `liseuse-${day(now)}`;
  switch (kind) {
    case 'library-json': {
      const json = await serializeLibrary(await readLibraryDump(db, now));
      return { name: `${stamp}.json`, blob: new Blob([json], { type: 'application/json' }) };
    }
    case 'library-markdown': {
      const dump = await readLibraryDump(db, now);
      const contents = new Map(dump.contents.map((c) => [c.id, c]));
      const files = libraryMarkdownFiles(dump.articles, dump.annotations, (a) =>
        bodyMarkdown(contents.get(a.id), a.url, options.parse),
      );
      const zip = writeZip(Object.fromEntries(Object.entries(files).map(([n, t]) => [`${stamp}/${n}`, t])));
      return {
        name: `${stamp}-markdown.zip`,
        blob: new Blob([zip as BlobPart], { type: 'application/zip' }),
      };
    }
    case 'library-markdown-document': {
      const dump = await readLibraryDump(db, now);
      const md = libraryMarkdownDocument(dump.articles, dump.annotations);
      return { name: `${stamp}.md`, blob: new Blob([md], { type: 'text/markdown' }) };
    }
    case 'annotations-w3c': {
      const json = exportW3cAnnotations(usableAnnotationRows(await listAllAnnotations(db)), now);
      return { name: `${stamp}-annotations.jsonld`, blob: new Blob([json], { type: 'application/ld+json' }) };
    }
    case 'annotations-markdown': {
      const info = await pages(db);
      const titles = new Map([...info].map(([url, p]) => [url, p.title]));
      const md = exportAnnotationsMarkdown(usableAnnotationRows(await listAllAnnotations(db)), titles);
      return { name: `${stamp}-highlights.md`, blob: new Blob([md], { type: 'text/markdown' }) };
    }
    case 'annotations-readwise': {
      const csv = exportReadwiseCsv(usableAnnotationRows(await listAllAnnotations(db)), await pages(db));
      return { name: `${stamp}-readwise.csv`, blob: new Blob([csv], { type: 'text/csv' }) };
    }
  }
}
