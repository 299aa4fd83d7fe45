// "TOI-1846 b", "GJ 1214 b", "WASP-39 b": astronomers name a star's planets by its catalogue number and a lower-case
// letter from b; the letter is part of the planet's name ("TOI-1846" is the star).
import type { Token } from './tokenize';

// A catalogue number: capitals, then digits, with or without a hyphen ("TOI-1846", "K2-18", "1214" after "GJ").
const CATALOGUE_RE = /^(?:\p{Lu}[\p{Lu}\d]*-)?\d+$/u;
const PLANET_LETTER_RE = /^[b-h]$/;

/** The end of a span tokens[a..b) taken one token further when a planet's letter follows its catalogue number. */
export function withPlanetLetter(tokens: readonly Token[], a: number, b: number): number {
  const last = tokens[b - 1];
  const next = tokens[b];
  if (!last || !next || !CATALOGUE_RE.test(last.text) || !PLANET_LETTER_RE.test(next.text)) return b;
  // The catalogue opens with capitals ("TOI-1846" alone, or "GJ" before "1214").
  if (!/^\p{Lu}{2}/u.test(tokens[a]?.text ?? '')) return b;
  return next.start === last.start + last.text.length + 1 ? b + 1 : b;
}
