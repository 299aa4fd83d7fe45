/**
 * The extraction benchmark's corpora: Zyte's (`ground-truth.json`, `{id: {articleBody, url}}`) and
 * trafilatura's (`gold.json`, `{id: {url, with, without}}`), each a folder of `<id>.html(.gz)` pages.
 * Pages are split in two halves by their id (hex hashes): the last digit even is `dev`, odd is `val`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One benchmark page. */
export interface Page {
  id: string;
  html: string;
  url: string;
}

/** A corpus: its pages, its gold file and the scorer that reads it. */
export interface Corpus {
  name: 'zyte' | 'trafilatura';
  pages: Page[];
  gold: Record<string, { url?: string }>;
  scorer: string;
}

/** Which half of a corpus an id belongs to. */
export type Half = 'dev' | 'val';

/** `dev` for ids ending in an even hex digit, `val` for odd ones: a fixed split nobody tunes. */
export const halfOf = (id: string): Half => (Number.parseInt(id.slice(-1), 16) % 2 === 0 ? 'dev' : 'val');

const SOURCES = {
  zyte: { dir: 'corpora/zyte-dev', gold: 'ground-truth.json', scorer: 'bench/extraction-score.mjs' },
  trafilatura: { dir: 'corpora/trafilatura-dev', gold: 'gold.json', scorer: 'bench/snippet-score.mjs' },
} as const;

/** Loads a corpus from the shared folder (`/work/shared` or `../shared`). */
export function loadCorpus(shared: string, name: Corpus['name']): Corpus {
  const source = SOURCES[name];
  const dir = join(shared, source.dir);
  const goldFile = join(dir, source.gold);
  if (!existsSync(goldFile)) throw new Error(`no gold file at ${goldFile}`);
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Corpus['gold'];
  const pages = readdirSync(join(dir, 'html'))
    .filter((f) => /\.html(\.gz)?$/.test(f))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, 'html', f));
      const id = f.replace(/\.html(\.gz)?$/, '');
      const html = (f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
      // Some gold URLs are labels ("hard::site-name.html"), not addresses.
      const url = gold[id]?.url ?? '';
      return { id, html, url: /^https?:\/\//.test(url) ? url : `https://example.invalid/${id}` };
    });
  return { name, pages, gold, scorer: join(shared, source.scorer) };
}

/** Writes the gold restricted to one half (or all of it) to `file`, for the shared scorer. */
export function writeGold(corpus: Corpus, half: Half | 'all', file: string): string {
  const subset = Object.fromEntries(
    Object.entries(corpus.gold).filter(([id]) => half === 'all' || halfOf(id) === half),
  );
  writeFileSync(file, JSON.stringify(subset));
  return file;
}
