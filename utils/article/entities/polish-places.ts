import { PLACES } from './gazetteer';
import { foldWord } from './normalize';

// Polish declines place names; a reader expects the name as written alone: "w Polsce" → Polska, "z Rosją" →
// Rosja, "w Gdańsku" → Gdańsk, "we Włoszech" → Włochy. Case endings as written (lower case), with the nominative's
// ending they replace; a form counts only when it makes a known place.
const ENDINGS: ReadonlyArray<[string, string]> = [
  ['szech', 'chy'],
  ['owie', 'ów'],
  ['owa', 'ów'],
  ['ach', 'y'],
  ['ech', 'y'],
  ['iem', ''],
  ['dze', 'ga'],
  ['ce', 'ka'],
  ['ji', 'ja'],
  ['ii', 'ia'],
  ['ie', 'a'],
  ['ie', ''],
  ['em', ''],
  ['ą', 'a'],
  ['ę', 'a'],
  ['y', 'a'],
  ['i', 'a'],
  ['u', ''],
  ['a', ''],
  ['u', 'e'],
];

// Endings a nominative may have too: a known place that ends so is taken as written ("Roma" is no "Rom" declined).
const NOMINATIVE_TOO = new Set(['owa', 'y', 'i', 'a']);

/**
 * A single word that is a known place declined, shown as the place: "Polsce" → "Polska"; else the word. The
 * gazetteer lists some case forms as places too ("polsce"), and folding makes "Rosją" "rosja": a form counts when
 * its nominative is another known word.
 */
export function placeNominative(surface: string): string {
  // "Wody Polskie", "Koleje Mazowieckie": a neuter or plural adjective of a place names no place.
  if (/\s/.test(surface) || /[sc]kie$/i.test(surface)) return surface;
  const known = PLACES.has(foldWord(surface));
  const lower = surface.toLowerCase();
  for (const [ending, nominative] of ENDINGS) {
    if (!lower.endsWith(ending) || surface.length - ending.length < 3) continue;
    if (known && NOMINATIVE_TOO.has(ending)) continue;
    const candidate = surface.slice(0, -ending.length) + nominative;
    if (PLACES.has(foldWord(candidate))) return candidate;
  }
  return surface;
}
