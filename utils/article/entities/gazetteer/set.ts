/** Word lists written as text ("a|b|c" or whitespace-separated) turned into sets of folded keys. */

import { collapseSpaces } from '@/utils/shared/fold';

/** A set of keys from a '|'-separated list (keys may hold spaces: "new york"). */
export const keys = (s: string): ReadonlySet<string> =>
  new Set(s.split('|').map(collapseSpaces).filter(Boolean));

/** A set of single words from a whitespace-separated list. */
export const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));
