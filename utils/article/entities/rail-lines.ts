// "the Elizabeth line", "the Piccadilly line", "the Jubilee line": English writes a railway or tube line's name
// with "line" in lower case. The line is the name; "Elizabeth" alone is no body nor person the text names.
import type { Token } from './tokenize';

type Run = [number, number];

// Words of a text about trains: only there does a name and "line" make a line (not "the party line", "the
// Trump line on tariffs", an "S line" car where "charging stations" are).
const RAIL_WORDS = new Set(
  'train trains rail railway railways tube underground overground metro subway tram trams commuters'.split(
    ' ',
  ),
);
// Longest name a line word completes ("Hammersmith & City line").
const LONGEST = 3;

const lineWordAfter = (t: Token | undefined, before: Token): t is Token =>
  t?.isWord === true &&
  t.text === 'line' &&
  t.sentence === before.sentence &&
  t.start <= before.start + before.text.length + 1;

/** Runs that a lower-case "line" right after them completes, in a text about trains. */
export function withRailLines(tokens: readonly Token[], runs: readonly Run[]): Run[] {
  if (!tokens.some((t) => !t.capital && RAIL_WORDS.has(t.folded))) return [...runs];
  return runs.map(([a, b]): Run => {
    const last = tokens[b - 1];
    // "the 1000X line" of headphones: a code with digits is a product's series, a tram's code is read elsewhere.
    if (!last || last.stop || b - a > LONGEST || /\d/.test(last.text)) return [a, b];
    return lineWordAfter(tokens[b], last) ? [a, b + 1] : [a, b];
  });
}
