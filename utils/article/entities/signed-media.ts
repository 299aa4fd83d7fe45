// "Harriet Cole BBC News, Yorkshire": a signature line left in the text glues the author's name to the medium.
import { MEDIA, MEDIA_WORDS } from './gazetteer';
import { isGivenName } from './titles';
import type { Token } from './tokenize';

/**
 * Index where a known medium ("BBC", "Reuters", followed only by words such as "News") starts after a person's
 * name (a given name and one or two more words) in tokens[a..b), or -1.
 */
export function mediumAfterName(tokens: readonly Token[], a: number, b: number): number {
  if (!isGivenName(tokens[a]?.folded ?? '')) return -1;
  for (let k = a + 2; k < b && k <= a + 3; k++) {
    if (!MEDIA.has(tokens[k]?.folded ?? '')) continue;
    if (tokens.slice(k + 1, b).every((t) => MEDIA_WORDS.has(t.folded))) return k;
  }
  return -1;
}
