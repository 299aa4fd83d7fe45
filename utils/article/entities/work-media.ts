// "Fargo TV series", "the Star Wars TV show": "TV" before a lower-case kind of work says how the work was made, it
// is no part of its title. A channel or a device the gazetteer knows keeps its word ("Apple TV series").
import { isKnownName } from './gazetteer';
import { spanKey } from './runs';
import type { Token } from './tokenize';

const MEDIA = new Set(['TV']);
const WORK_KINDS = new Set(
  'series show shows adaptation adaptations movie movies film films drama documentary special serial'.split(
    ' ',
  ),
);

/** The end of the name tokens[a..b) with a closing "TV" before a kind of work left out (b when there is none). */
export function endBeforeWorkMedium(tokens: Token[], a: number, b: number): number {
  const medium = tokens[b - 1];
  const kind = tokens[b];
  if (b - a < 2 || !medium || !MEDIA.has(medium.text) || !kind || kind.sentence !== medium.sentence) return b;
  if (!WORK_KINDS.has(kind.text) || isKnownName(spanKey(tokens, a, b))) return b;
  return b - 1;
}
