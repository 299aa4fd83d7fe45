// "Deutscher Bundestag" and "Bundestag", "the Irish Dáil" and "the Dáil": a country's adjective before a parliament
// named in its own language only says whose it is; a reader takes both for one body.
import { isDemonymWord, isGermanPlaceAdjective, LEGISLATURE_NAMES } from './gazetteer';
import type { MergePass } from './merge-pass';

/** Joins a key "adjective + parliament" to the parliament's bare key written on the same page. */
export const mergeCountryBodies: MergePass = (keys, byKey, uf) => {
  for (const k of keys) {
    const space = k.indexOf(' ');
    if (space < 0) continue;
    const adjective = k.slice(0, space);
    const body = k.slice(space + 1);
    if (!LEGISLATURE_NAMES.has(body) || !byKey.has(body)) continue;
    if (isDemonymWord(adjective) || isGermanPlaceAdjective(adjective)) uf.union(k, body);
  }
};
