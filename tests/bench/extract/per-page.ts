/**
 * Per-page figures, to find failure classes: the Zyte scorer's own `--per-page` output, and for trafilatura's
 * snippets the missed `with` and the leaked `without` snippets of each page (same whitespace-normalised match).
 */
import { execFileSync } from 'node:child_process';
import type { Corpus } from './corpus';

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

interface SnippetGold {
  with: string[];
  without: string[];
}

/** One TSV line a page: id, missed count, leaked count, then the missed and leaked snippets themselves. */
function snippetRows(corpus: Corpus, texts: Map<string, string>): string[] {
  return corpus.pages.map(({ id }) => {
    const gold = corpus.gold[id] as unknown as SnippetGold;
    const text = norm(texts.get(id) ?? '');
    const missed = gold.with.filter((s) => !text.includes(norm(s)));
    const leaked = gold.without.filter((s) => text.includes(norm(s)));
    return [
      id,
      missed.length,
      leaked.length,
      `missed: ${missed.join(' | ')}`,
      `leaked: ${leaked.join(' | ')}`,
    ]
      .join('\t')
      .replace(/\n/g, ' ');
  });
}

/** Per-page lines for `predictions` (a JSONL file) of `corpus`. */
export function perPage(corpus: Corpus, goldFile: string, predictions: string, texts: Map<string, string>) {
  if (corpus.name === 'trafilatura') return snippetRows(corpus, texts).join('\n');
  return execFileSync(process.execPath, [corpus.scorer, goldFile, predictions, '--per-page'], {
    encoding: 'utf8',
  });
}
