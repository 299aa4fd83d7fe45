// "Guemes Island" … "on Guemes", "Skagit County" … "Skagit": a place named in full, then by the word before its
// kind, as people who live there say it.
import { GIVEN_NAMES, ORGANIZATIONS, PLACES } from './gazetteer';
import type { MergePass } from './merge-pass';

// Kinds of place written after the place's own word; "Lake Tahoe" and "Mount Hood" put theirs first.
const PLACE_TAILS = new Set(['island', 'county', 'canyon', 'valley', 'peninsula', 'parish', 'borough']);

/**
 * Joins "X" to "X Island" (or "X County"...) when that is the one name opening with "X". Not a known place, which
 * stands for itself ("Washington County" is no "Washington"), a known organisation ("Orange County"), a given
 * name, nor a surname another name closes with ("Pierce County" and "Ada Pierce").
 */
export const mergePlaceShortNames: MergePass = (keys, byKey, uf) => {
  const opening = new Map<string, string[]>();
  const lastWords = new Set<string>();
  for (const k of keys) {
    const ws = k.split(' ');
    if (ws.length < 2) continue;
    lastWords.add(ws.at(-1) ?? '');
    opening.set(ws[0] ?? '', [...(opening.get(ws[0] ?? '') ?? []), k]);
  }
  for (const [short, names] of opening) {
    const [name, ...more] = names;
    if (!name || more.length > 0 || !byKey.has(short) || lastWords.has(short)) continue;
    const tail = name.slice(short.length + 1);
    if (!PLACE_TAILS.has(tail)) continue;
    if (PLACES.has(short) || ORGANIZATIONS.has(short) || GIVEN_NAMES.has(short)) continue;
    uf.union(short, name);
  }
};
