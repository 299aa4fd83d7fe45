// The line (between two '\n') holding a mention. Its line breaks are found once per text (the last text asked is
// kept): looking back for the line's start at each mention costs the square of a line's length where a page is
// one huge line (a block of thousands of links, a long paragraph).
import { lowerBound } from '@/utils/shared/sorted';

let cached: { text: string; breaks: number[] } | null = null;

function breaksOf(text: string): number[] {
  if (cached?.text !== text) {
    const breaks: number[] = [];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
    cached = { text, breaks };
  }
  return cached.breaks;
}

/**
 * Where the line holding `offset` starts and ends (at its '\n' or the text's end): the same as
 * `text.lastIndexOf('\n', offset) + 1` and `text.indexOf('\n', offset)`, without walking the line.
 */
export function lineBounds(text: string, offset: number): { start: number; end: number } {
  const breaks = breaksOf(text);
  // The first break at or after `offset`.
  const lo = lowerBound(breaks, offset);
  const next = breaks[lo];
  const end = next ?? text.length;
  const start = next === offset ? offset + 1 : (breaks[lo - 1] ?? -1) + 1;
  return { start, end };
}
