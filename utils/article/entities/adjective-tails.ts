import { isKnownName } from './gazetteer';
import { ADJECTIVE } from './span';
import type { Token } from './tokenize';

type Run = [number, number];

// Regional adjectives' endings beyond ADJECTIVE's (« Marais poitevin », « Val normand », « Pays breton »): read
// only here, where the pair must repeat, as these endings also close many nouns.
const REGIONAL = /^\p{Ll}{3,}(?:in|ine|and|ande|on|onne|ard|arde)s?$/u;

// Nouns of a stretch of land, capitalised with a lower-case adjective after them to name a region (« l’Arc
// jurassien », « le Bassin parisien », « le Plateau suisse », « le Massif central »): the pair is a name even
// written once, inside a sentence (at its start, the capital says nothing).
const REGION_HEADS = new Set('arc bassin plateau massif sillon croissant littoral'.split(' '));

const isAdjective = (w: string): boolean => ADJECTIVE.test(w) || REGIONAL.test(w);

/** The lower-case adjective right after the one-word run [a, b) in its sentence, or undefined. */
function adjectiveAfter(tokens: readonly Token[], a: number, b: number): Token | undefined {
  const t = tokens[b];
  const name = tokens[a];
  if (b - a !== 1 || !t || !name || t.stop || t.sentence !== name.sentence || !isAdjective(t.text)) return;
  return t.start === name.start + name.text.length + 1 ? t : undefined;
}

/**
 * French names a body with a capitalised noun and a lower-case adjective (« l’Action nationale », « la Garde
 * républicaine »): a word the text writes each time with the same adjective after it, twice or more, takes the
 * adjective; a region's noun takes it once (see REGION_HEADS). A word the text also writes alone or with other words (« la Chine continentale » beside « la Chine »),
 * and a name the gazetteer knows alone, keep theirs.
 */
export function withAdjectiveTails(tokens: readonly Token[], runs: Run[]): Run[] {
  const pairs = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const [a, b] of runs) {
    if (b - a !== 1) continue;
    const word = tokens[a]?.folded ?? '';
    const opening = REGION_HEADS.has(word) && tokens[a]?.initial === true;
    const adjective = opening ? '' : (adjectiveAfter(tokens, a, b)?.folded ?? '');
    pairs.set(word, (pairs.get(word) ?? new Set()).add(adjective));
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const takes = (word: string): boolean => {
    const adjectives = pairs.get(word);
    return (
      adjectives?.size === 1 &&
      !adjectives.has('') &&
      ((counts.get(word) ?? 0) >= 2 || REGION_HEADS.has(word)) &&
      !isKnownName(word)
    );
  };
  return runs.map(([a, b]): Run => (b - a === 1 && takes(tokens[a]?.folded ?? '') ? [a, b + 1] : [a, b]));
}
