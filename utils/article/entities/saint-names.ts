// "St Patrick's Street" … "Patrick Street", "St Stephen's Green" … "Stephen's Green": a place named after a saint
// is as often written without the saint's title and possessive, as people who live there say it.
import type { MergePass } from './merge-pass';
import { isPersonShaped } from './person-shape';

// The saint's title opening the name, as keys write it ("St." and "St" both give "st").
const SAINT = /^(?:st|saint) /;

/**
 * Joins "X Y" or "X's Y" to "St X's Y" of the article (keys: "st patrick s street", "patrick street"). Not a
 * person's name ("John Wood" is no "St John's Wood").
 */
export const mergeSaintNames: MergePass = (keys, byKey, uf) => {
  for (const k of keys) {
    if (!SAINT.test(k)) continue;
    const bare = k.replace(SAINT, '');
    const parts = bare.split(' s ');
    if (parts.length !== 2) continue;
    for (const short of [bare, parts.join(' ')])
      if (byKey.has(short) && !isPersonShaped(short)) uf.union(short, k);
  }
};
