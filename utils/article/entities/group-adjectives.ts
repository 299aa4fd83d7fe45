import type { EntityGroup } from './group';
import type { Token } from './tokenize';

// Words joining the kinds of people a study or a count sets side by side: "Black and rural patients".
const JOINS = new Set(['and', 'or']);
// Plural nouns of people, or of the places they live in, such kinds qualify.
const PEOPLE = new Set(
  `patients residents communities neighborhoods neighbourhoods voters students workers women men families
  households people children adults users areas counties districts`.split(/\s+/),
);

/**
 * A one-word name only ever written beside a lower-case adjective before a plural noun of people ("among Black
 * and rural patients", "Black or low-income households"): a kind of people the story counts, like a nationality
 * word, not one of its subjects.
 */
export function isCoordinatedGroupWord(g: EntityGroup, tokens: readonly Token[]): boolean {
  if ([...g.keys].some((k) => k.includes(' '))) return false;
  return g.mentions.every((m) => {
    const [join, kind, noun] = [tokens[m.to], tokens[m.to + 1], tokens[m.to + 2]];
    return JOINS.has(join?.folded ?? '') && !!kind?.isWord && !kind.capital && PEOPLE.has(noun?.folded ?? '');
  });
}
