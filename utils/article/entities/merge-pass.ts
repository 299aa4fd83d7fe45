import type { Mention } from './mention';
import type { UnionFind } from './union-find';

/**
 * One pass of groupMentions (merge.ts): it reads the article's name keys and their mentions and joins in `uf` the
 * keys it takes for one entity's forms. Passes run in a fixed order; a later one may read what earlier ones joined.
 */
export type MergePass = (
  keys: readonly string[],
  byKey: ReadonlyMap<string, Mention[]>,
  uf: UnionFind,
) => void;
