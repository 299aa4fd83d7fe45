// « le gouvernement québécois », « l’exécutif bavarois »: French names a region's government by its adjective, in
// lower case, so no capital shows the place it governs; the sentence names that place all the same.
import type { Mention } from './mention';
import type { Token } from './tokenize';

// Heads that name a government, folded.
const GOVERNMENTS = new Set(['gouvernement', 'executif']);

// Adjectives of regions, provinces, states and cantons (folded, masculine singular as a government takes them)
// and the place each names. A nation's government (« le gouvernement français ») is left out: its country is
// mostly written too, and a country added where it is not reads as noise.
const PLACE_OF = new Map(
  `quebecois Québec|ontarien Ontario|wallon Wallonie|flamand Flandre|bruxellois Bruxelles|bavarois Bavière|
  catalan Catalogne|ecossais Écosse|gallois Pays de Galles|corse Corse|basque Pays basque|andalou Andalousie|
  californien Californie|texan Texas|breton Bretagne|alsacien Alsace|jurassien Jura|tessinois Tessin|
  genevois Genève|vaudois Vaud|valaisan Valais|bernois Berne|zurichois Zurich|fribourgeois Fribourg`
    .split('|')
    .map((entry) => {
      const [adjective = '', ...place] = entry.trim().split(' ');
      return [adjective, place.join(' ')] as const;
    }),
);

/**
 * The places named by a government's adjective (« le gouvernement québécois » → Québec), as mentions over the
 * adjective, typed and grouped as the place written with its capital elsewhere.
 */
export function governedPlaceMentions(tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const adjective = tokens[i] as Token;
    const head = tokens[i - 1] as Token;
    const place = PLACE_OF.get(adjective.folded);
    if (!place || adjective.capital || !GOVERNMENTS.has(head.folded) || head.sentence !== adjective.sentence)
      continue;
    out.push({
      surface: place,
      offset: adjective.start,
      from: i,
      to: i + 1,
      sentence: adjective.sentence,
      initial: false,
      headline: adjective.headline,
      personCue: false,
      elided: false,
      before: [head.folded, tokens[i - 2]?.folded ?? ''],
      after: [tokens[i + 1], tokens[i + 2]].map((t) => t?.folded ?? ''),
    });
  }
  return out;
}
