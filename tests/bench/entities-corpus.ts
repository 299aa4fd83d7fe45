/**
 * The entity benchmark's inputs: the reader's gold (tests/bench/entities-gold.json, ids and names only) and the
 * shared corpora it points into, read from SHARED (the `shared/` folder given on the command line).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page of the reader's gold: entities a reader calls key, and the article's other real entities. */
export interface GoldPage {
  corpus: 'readability' | 'zyte' | 'trafilatura' | 'seed' | 'entities-dev';
  id: string;
  lang: string;
  /** Each entry is one entity; alternatives (acronym, surname) separated by '|'. */
  key: string[];
  other: string[];
}

/** A document of the shared entities-dev corpus (HIPE-2020, CoNLL-2003). */
export interface NerDoc {
  id: string;
  lang: string;
  text: string;
  mentions: { text: string; type: string }[];
}

/** What an analyser gets: an HTML page (full pipeline) or a plain text (entities only). */
export type BenchInput =
  | { kind: 'html'; id: string; html: string; url: string }
  | { kind: 'text'; id: string; text: string; lang: string };

export const DOCS_PATH = join('corpora', 'entities-dev', 'docs.jsonl');

/** The reader's gold pages. */
export function loadGold(file: string): GoldPage[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { pages: GoldPage[] }).pages;
}

/** The entities-dev documents. */
export function loadDocs(shared: string): NerDoc[] {
  return readFileSync(join(shared, DOCS_PATH), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as NerDoc);
}

const gz = (path: string): string => gunzipSync(readFileSync(path)).toString('utf8');

/** The page or text a gold entry names, read from the shared corpora. */
export function goldInput(shared: string, page: GoldPage, docs: ReadonlyMap<string, NerDoc>): BenchInput {
  const c = join(shared, 'corpora');
  switch (page.corpus) {
    case 'readability': {
      const html = readFileSync(join(c, 'readability-test-pages', page.id, 'source.html'), 'utf8');
      return { kind: 'html', id: page.id, html, url: `http://fakehost/${page.id}/` };
    }
    case 'zyte':
      return gzPage(join(c, 'zyte-dev'), 'ground-truth.json', page.id);
    case 'trafilatura':
      return gzPage(join(c, 'trafilatura-dev'), 'gold.json', page.id);
    case 'seed':
      return {
        kind: 'html',
        id: page.id,
        html: readFileSync(join(shared, 'seed', `${page.id}.html`), 'utf8'),
        url: `https://example.invalid/${page.id}`,
      };
    case 'entities-dev': {
      const doc = docs.get(page.id);
      if (!doc) throw new Error(`entities-dev has no document ${page.id}`);
      return { kind: 'text', id: page.id, text: doc.text, lang: doc.lang };
    }
  }
}

/** A gzipped page of a benchmark folder (`html/<id>.html.gz`) and its URL from the folder's gold file. */
function gzPage(dir: string, goldFile: string, id: string): BenchInput {
  return {
    kind: 'html',
    id,
    html: gz(join(dir, 'html', `${id}.html.gz`)),
    url: urlOf(join(dir, goldFile), id),
  };
}

const urlCache = new Map<string, Record<string, { url?: string }>>();
function urlOf(file: string, id: string): string {
  let table = urlCache.get(file);
  if (!table) {
    table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { url?: string }>;
    urlCache.set(file, table);
  }
  return table[id]?.url ?? `https://example.invalid/${id}`;
}
