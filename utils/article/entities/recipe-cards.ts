import { isKnownName } from './gazetteer';
import type { EntityGroup } from './group';
import { STOPWORDS } from './lexicon';
import type { Token } from './tokenize';

// Words of the labels of recipe and nutrition cards ("Prep Time", "Saturated Fat", "Cuisine", « Temps de cuisson »).
const CARD_WORDS = new Set(
  `time fat calories calorie sodium protein carbohydrates carbs fiber fibre sugar sugars cholesterol potassium
  servings serving yield cuisine course value ingredients instructions directions nutrition temps preparation cuisson
  repos glucides lipides proteines portions`.split(/\s+/),
);
// Units a card writes after its figures ("20 minutes", "158 kcal", "12 g").
const UNITS = new Set(
  'g mg kg ml cl l oz lb lbs kcal cal kj minutes minute mins min hours hour hrs hr h seconds secs'.split(' '),
);
// Units of cooking, written with a capital at the start of a list item ("Tbsp", "Tsp"), never names.
const KITCHEN_UNITS = new Set('tbsp tsp tbs oz lb lbs cs cc'.split(' '));

/** A line of a card: capitalised labels, figures, units and function words, no running text. */
function isCardLine(tokens: readonly Token[], at: number): boolean {
  const line = tokens[at]?.line;
  let k = at;
  while (k > 0 && tokens[k - 1]?.line === line) k--;
  for (; k < tokens.length && tokens[k]?.line === line; k++) {
    const t = tokens[k] as Token;
    if (t.isWord && /^\p{Ll}/u.test(t.text) && !UNITS.has(t.folded) && !STOPWORDS.has(t.folded)) return false;
  }
  return true;
}

/**
 * The label of a recipe or nutrition card ("Prep Time 20", "Saturated Fat", "Cuisine American"), every time the
 * text writes it: a card word in it, and on lines of labels and figures only. "Tbsp", a kitchen unit, too.
 */
export function isCardLabel(g: EntityGroup, tokens: readonly Token[]): boolean {
  const keys = [...g.keys];
  if (keys.every((k) => KITCHEN_UNITS.has(k))) return true;
  if (keys.some(isKnownName) || !keys.some((k) => k.split(' ').some((w) => CARD_WORDS.has(w)))) return false;
  return g.mentions.every((m) => isCardLine(tokens, m.from));
}
