/** The database edge of exports: reads the library and returns a named file ready to download. */
import { allSummaries, type LiseuseDatabase, listAllAnnotations, readLibraryDump } from '@/utils/store';
import { exportAnnotationsMarkdown } from './annotations/markdown';
import { exportReadwiseCsv, type PageInfo } from './annotations/readwise';
import { exportW3cAnnotations } from './annotations/w3c-export';
import { serializeLibrary } from './library-json';
import { libraryMarkdownDocument, libraryMarkdownFiles } from './library-markdown';
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

async function pages(db: LiseuseDatabase): Promise<Map<string, PageInfo>> {
  const rows = await allSummaries(db);
  return new Map(rows.map((a) => [a.url, { title: a.title, author: a.byline }]));
}

/** Builds the export file of `kind` from the current library. */
export async function buildExport(
  db: LiseuseDatabase,
  kind: ExportKind,
  now = Date.now(),
): Promise<ExportFile> {
  const stamp = `liseuse-${day(now)}`;
  switch (kind) {
    case 'library-json': {
      const json = await serializeLibrary(await readLibraryDump(db, now));
      return { name: `${stamp}.json`, blob: new Blob([json], { type: 'application/json' }) };
    }
    case 'library-markdown': {
      const dump = await readLibraryDump(db, now);
      const files = libraryMarkdownFiles(dump.articles, dump.annotations);
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
      const json = exportW3cAnnotations(await listAllAnnotations(db), now);
      return { name: `${stamp}-annotations.jsonld`, blob: new Blob([json], { type: 'application/ld+json' }) };
    }
    case 'annotations-markdown': {
      const info = await pages(db);
      const titles = new Map([...info].map(([url, p]) => [url, p.title]));
      const md = exportAnnotationsMarkdown(await listAllAnnotations(db), titles);
      return { name: `${stamp}-highlights.md`, blob: new Blob([md], { type: 'text/markdown' }) };
    }
    case 'annotations-readwise': {
      const csv = exportReadwiseCsv(await listAllAnnotations(db), await pages(db));
      return { name: `${stamp}-readwise.csv`, blob: new Blob([csv], { type: 'text/csv' }) };
    }
  }
}
