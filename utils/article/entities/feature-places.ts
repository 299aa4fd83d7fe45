import { PLACES } from './gazetteer';
import { STREETS } from './naming-cues';
import { ADJECTIVE } from './span';
import type { Token } from './tokenize';

// French names a glacier, a lake, a pass or a bridge by a lower-case noun, « de » and the proper noun it is
// named after: « le glacier du Rhône », « le lac d’Annecy », « le col du Galibier », « le canal du Midi ». The
// feature is a place of its own; the river, town or mountain named after « de » is another one, named alone
// where the text writes it alone (« le Rhône »).
const FEATURES: ReadonlySet<string> = new Set(
  'glacier glaciers lac lacs col massif canal pont golfe baie etang gorges detroit tunnel citadelle'.split(
    ' ',
  ),
);

// « la source du Lez », « la pointe du Raz », « le cap de la Hague », « l’anse de Paulilles »: features named by
// words that are common nouns too (« une source de l’Élysée » is an informant): a feature only after « la », « le »
// or « l’ », and before a name that is neither an acronym nor a known place (« la pointe de la Bretagne » is
// about Brittany).
const DEFINITE_FEATURES: ReadonlySet<string> = new Set(['source', 'pointe', 'cap', 'anse']);
const DEFINITE = new Set(['la', 'le']);

/**
 * A folded noun that names a feature before its proper noun (see FEATURES), or a street so (« l’avenue de la
 * Libération », « la rue des Carmes »): the capitalised words alone would read as the day or the body they honour.
 */
export const isFeatureWord = (folded: string): boolean =>
  FEATURES.has(folded) || STREETS.has(folded) || DEFINITE_FEATURES.has(folded);

/** Whether tokens[k], a word of DEFINITE_FEATURES, names a feature before the name opening at `first`. */
function definiteFeature(tokens: readonly Token[], k: number, first: Token): boolean {
  const head = tokens[k] as Token;
  const article = head.elided || DEFINITE.has(tokens[k - 1]?.folded ?? '');
  return article && !first.loud && !PLACES.has(first.folded);
}

// A massif or a pass is what its proper noun alone names too (« le massif du Jura », « dans le Jura »; « le col
// du Galibier », « le Galibier »), while a glacier, a lake or a bridge is not the river or town it is named after.
const SAME_AS_NAME: ReadonlySet<string> = new Set(['massif', 'col']);

/** A folded feature noun whose name and its proper noun alone name one place (see SAME_AS_NAME). */
export const namesItsFeature = (folded: string): boolean => SAME_AS_NAME.has(folded);

const SPACE_ONLY = /^ $/;
const OF = /^\s+(?:de|des|du|de la|de l[’']|d[’'])\s*$/u;

// « le parc zoologique de Clères », « le musée de Lodève », « le château de Chenonceau »: a venue French names by a
// lower-case noun (an adjective may follow it), « de » and a town or a person; a name of its own where the text
// goes on about it by its noun alone (« le parc recrute »): the noun written in lower case three times at least.
const VENUES: ReadonlySet<string> = new Set(['parc', 'zoo', 'musee', 'chateau', 'abbaye']);
const VENUE_TIMES = 3;
// Times each venue noun is written in lower case, counted once per text (see venueNamed).
const venueCounts = new WeakMap<readonly Token[], Map<string, number>>();

function venueTimes(tokens: readonly Token[], folded: string): number {
  let counts = venueCounts.get(tokens);
  if (!counts) {
    counts = new Map();
    for (const t of tokens)
      if (VENUES.has(t.folded) && !t.capital) counts.set(t.folded, (counts.get(t.folded) ?? 0) + 1);
    venueCounts.set(tokens, counts);
  }
  return counts.get(folded) ?? 0;
}

/** Where « venue [adjective] de Name » opens, for the name opening at `first`, or -1 (see VENUES). */
function venueNamed(tokens: readonly Token[], text: string, k: number, first: Token): number {
  const head = tokens[k] as Token;
  const adjective = tokens[k + 1];
  if (!VENUES.has(head.folded) || head.capital || venueTimes(tokens, head.folded) < VENUE_TIMES) return -1;
  const from = adjective && adjective !== first && ADJECTIVE.test(adjective.folded) ? adjective : head;
  return OF.test(text.slice(from.start + from.text.length, first.start)) ? k : -1;
}

/**
 * Index where the name starting at `a` really starts: at a lower-case feature noun and its « de », « du »,
 * « de la » or « d’ » (« glacier de la Plaine Morte »), else `a`.
 */
export function featurePlaceStart(tokens: readonly Token[], text: string, a: number): number {
  const first = tokens[a];
  if (!first) return a;
  for (let k = a - 1; k >= Math.max(0, a - 3); k--) {
    const head = tokens[k] as Token;
    if (head.sentence !== first.sentence || !head.isWord) return a;
    const venue = venueNamed(tokens, text, k, first);
    if (venue >= 0) return venue;
    if (!isFeatureWord(head.folded)) continue;
    if (DEFINITE_FEATURES.has(head.folded) && !definiteFeature(tokens, k, first)) return a;
    // « la gare de Poitiers », « la rue de Paris »: a street or a station named after a town the text names on
    // its own too (« Grand Poitiers ») or the gazetteer knows is about it.
    if (STREETS.has(head.folded) && (PLACES.has(first.folded) || writtenElsewhere(tokens, first))) return a;
    const lower = head.text === head.text.toLowerCase();
    // « la rue Royale Sainte-Marie », « l’avenue Foch »: a street's noun right before its name is part of it.
    if (
      lower &&
      k === a - 1 &&
      STREETS.has(head.folded) &&
      SPACE_ONLY.test(text.slice(head.start + head.text.length, first.start))
    )
      return k;
    return lower && OF.test(text.slice(head.start + head.text.length, first.start)) ? k : a;
  }
  return a;
}

/** Whether the text writes the word `first` opens without a street's head a few words before it. */
function writtenElsewhere(tokens: readonly Token[], first: Token): boolean {
  return tokens.some(
    (t, i) =>
      t.text === first.text &&
      !tokens.slice(Math.max(0, i - 3), i).some((h) => STREETS.has(h.folded) && h.sentence === t.sentence),
  );
}
