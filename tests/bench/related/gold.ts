/** The related-stories and header golds (ids and URLs/labels only) and where their pages sit in the corpora. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A page of the related-stories gold. */
export interface RelatedGoldPage {
  id: string;
  url: string | null;
  split: 'dev' | 'val';
  related: string[];
  fair: string[];
}

/** Accepted answers; null in a list means "nothing shown"; '*' means not scored. */
export type Accepted = Array<string | null> | '*' | null;

/** A page of the header gold. */
export interface HeaderGoldPage {
  id: string;
  url: string | null;
  split: 'dev' | 'val';
  title: Accepted;
  byline: Accepted;
  site: Accepted;
}

const here = import.meta.dirname;

/** Reads one of the gold files next to this module. */
export function loadGold<T>(name: string): T[] {
  return (JSON.parse(readFileSync(join(here, name), 'utf8')) as { pages: T[] }).pages;
}

/** The page's HTML file under the corpora directory, from its id (`zyte:`, `traf:`, `rtp:`). */
export function pageFile(corpora: string, id: string): string {
  const [corpus, name] = id.split(':', 2) as [string, string];
  const file =
    corpus === 'rtp'
      ? join(corpora, 'readability-test-pages', name, 'source.html')
      : join(corpora, corpus === 'zyte' ? 'zyte-dev' : 'trafilatura-dev', 'html', `${name}.html.gz`);
  if (!existsSync(file)) throw new Error(`missing page ${id}: ${file}`);
  return file;
}

/**
 * Comparison key of a story URL: host without `www.`, decoded path without trailing slash, no query or
 * fragment (listed links often carry tracking queries the gold leaves out).
 */
export function storyKey(url: string): string {
  try {
    const u = new URL(url);
    let path = u.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // keep the raw path
    }
    return `${u.hostname.replace(/^www\./, '').toLowerCase()}${path.replace(/\/+$/, '')}`;
  } catch {
    return url;
  }
}
