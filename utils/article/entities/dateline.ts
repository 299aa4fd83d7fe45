import type { EntityType } from '@/utils/article/types';
import type { EntityGroup } from './group';
import type { Mention } from './mention';
import { isPersonShaped } from './person-shape';
import type { Token } from './tokenize';

// What follows a dateline's place on its line: a date alone ("1996-08-30"), a date then the wire or the dash
// that opens the report ("30 août (ATS) —", ", May 3 (Reuters) -"), or the wire or dash straight away. A
// headline such as "LONDON 2012 OPENS" goes on with words. The place's state or country may come first
// ("MILWAUKEE, Wisconsin 1996-08-29", "IRVINE, Calif. -"); a dash may be typed as two hyphens ("BOSTON --").
const DATE = String.raw`(?:\d[\d\-./]*|\d{1,2} \p{L}+\.?|\p{L}+\.? \d{1,2})(?:,? \d{4})?`;
const REGION = String.raw`(?:,\s*\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?`;
const AFTER_PLACE = new RegExp(
  String.raw`^${REGION},?\s*(?:${DATE}\s*$|(?:${DATE}\s*)?(?:\(\p{Lu}|(?:--?|[–—])\s))`,
  'u',
);

// A match's result line, the home side then the away side and the score ("LDLC ASVEL - AS Monaco : 84-82",
// "Leeds – Hull 2-1"): the dash joins two sides, it opens no report.
const RESULT_AFTER = /^\s*(?:--?|[–—])\s*\p{Lu}\S*(?: \p{Lu}\S*){0,3}\s*:?\s*\d{1,3}\s*[-–]\s*\d{1,3}(?!\d)/u;

// A dash that opens an aside in lower case, which the same dash closes before the sentence ends ("ITER – once the
// International Thermonuclear Experimental Reactor – is designed to…"): the name is the sentence's subject, no
// report's place (a report after a dateline opens with a capital).
const ASIDE_AFTER = /^\s*([–—]|--?)\s\p{Ll}[^.!?\n]*?\s\1\s/u;

/**
 * A dateline: the place a report was filed from, written in capitals at the start of a line and followed by a
 * date, a wire or a dash ("NEW YORK 1996-08-30", "GENÈVE (ATS) —", "LONDON, May 3 (Reuters) -"). It says
 * where the reporter was, not what the report is about.
 */
export function isDateline(m: Mention, text: string): boolean {
  if (/\p{Ll}/u.test(m.surface) || !/\p{Lu}{2}/u.test(m.surface)) return false;
  const lineStart = text.lastIndexOf('\n', m.offset - 1) + 1;
  if (text.slice(lineStart, m.offset).trim() !== '') return false;
  const end = m.offset + m.surface.length;
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  return AFTER_PLACE.test(rest) && !RESULT_AFTER.test(rest) && !ASIDE_AFTER.test(rest);
}

/**
 * Every mention of the name is a dateline's ("DENVER —", "LIMA (Reuters) -"): the city the report was filed from,
 * named nowhere in the story, is not one of its names.
 */
export function onlyInDatelines(g: EntityGroup, text: string): boolean {
  return g.mentions.every((m) => isDateline(m, text));
}

/**
 * Types as places the untyped names a dateline gives, its state or country too ("KHASAVYURT, Russia
 * 1996-08-31", "PARAMARIBO, Surinam 1996-08-30"): a report is filed from a place; and as organisations the wire
 * or station named in brackets after them ("AUSTIN (KXAN) —"), and as a person the reporter's name alone on the
 * line before. `types[i]` is the type of `groups[i]`; returns new types.
 */
export function typeDatelines(
  groups: EntityGroup[],
  types: EntityType[],
  text: string,
  tokens: Token[],
): EntityType[] {
  const datelines = groups.flatMap((g) => g.mentions.filter((m) => isDateline(m, text)));
  if (datelines.length === 0) return types;
  // The region after the place's comma, on its line: "KHASAVYURT, Russia".
  const regions = new Set(
    datelines
      .filter((m) => tokens[m.to]?.text === ',' && tokens[m.to + 1]?.line === tokens[m.from]?.line)
      .map((m) => m.to + 1),
  );
  const starts = new Set(datelines.map((m) => m.from));
  // The wire or the station in brackets after the place or its region: "AUSTIN (KXAN) —".
  const wireAt = (at: number): boolean => {
    if (tokens[at - 1]?.text !== '(') return false;
    for (let k = at - 2; k >= 0 && tokens[k]?.line === tokens[at]?.line; k--)
      if (starts.has(k) || regions.has(k)) return true;
    return false;
  };
  // The reporter's name alone on the line before the dateline: "Emese Bartha⏎BUDAPEST 1996-08-30".
  const bylineAt = (m: Mention): boolean =>
    lineOf(tokens, m) && starts.has(m.to) && tokens[m.to - 1]?.line !== tokens[m.to]?.line;
  return types.map((t, i) => {
    const g = groups[i] as EntityGroup;
    if (t !== 'other') return t;
    if (g.mentions.some((m) => starts.has(m.from) || regions.has(m.from))) return 'place';
    if (g.mentions.some(bylineAt) && [...g.keys].some(isPersonShaped)) return 'person';
    return g.mentions.some((m) => wireAt(m.from)) ? 'organization' : t;
  });
}

/** The mention fills its line. */
function lineOf(tokens: Token[], m: Mention): boolean {
  const line = tokens[m.from]?.line;
  return tokens[m.from - 1]?.line !== line && tokens[m.to]?.line !== line && tokens[m.to - 1]?.line === line;
}
