import { DECLINED_PLACES } from './gazetteer/foreign-places';

// Names that stand for one another though neither contains the other: "U.S." and "United States", "UN" and
// "United Nations". Folded keys; each points to the form a reader expects.
const GROUPS: readonly string[][] = [
  ['united states', 'us', 'u s', 'usa', 'u s a', 'united states of america', 'america'],
  ['etats unis', 'usa', 'etats unis d amerique', 'amerique'],
  ['united kingdom', 'uk', 'u k', 'britain', 'great britain'],
  ['royaume uni', 'grande bretagne'],
  ['united nations', 'un', 'u n'],
  ['nations unies', 'onu'],
  ['european union', 'eu'],
  // « les Vingt-Sept »: the French press names the Union by its member states.
  ['union europeenne', 'ue', 'vingt sept'],
  // « les Bleus », « les Bleues »: France's national sides, as the French sports press names them.
  ['france', 'bleus', 'bleues'],
  ['soviet union', 'ussr'],
  ['union sovietique', 'urss'],
  ['islamic state', 'isis', 'isil', 'daesh'],
  // A lone "Oscar" joins them only where the article names the awards so too.
  ['oscars', 'academy awards', 'oscar'],
  ['etat islamique', 'ei', 'daech'],
  // A party and its members: one party to the reader (its adjective alone, see party-adjectives).
  ['democratic party', 'democrats'],
  ['republican party', 'republicans', 'gop'],
  // Ministries named by their seat or the other way round.
  ['ministere des affaires etrangeres', 'quai d orsay'],
  // French assemblies named by their seat: « au Palais-Bourbon », « au palais du Luxembourg ».
  ['assemblee nationale', 'palais bourbon', 'assemblee'],
  ['senat', 'palais du luxembourg'],
  ['department of defense', 'pentagon', 'defense department'],
  ['department of state', 'state department'],
  // French writes the agency's English acronym after its French name: « l'Agence spatiale européenne (ESA) ».
  ['agence spatiale europeenne', 'esa', 'european space agency'],
  // A country's official long name, written once in a formal sentence, is the country named elsewhere.
  ['deutschland', 'bundesrepublik deutschland'],
  ['osterreich', 'republik osterreich'],
  ['polen', 'republik polen'],
  ['germany', 'federal republic of germany'],
  ['allemagne', 'republique federale d allemagne'],
];

const ALIAS = new Map<string, string>();
// Polish declines places: each form stands for the nominative.
for (const [canonical, ...others] of [...GROUPS, ...DECLINED_PLACES]) {
  for (const k of [canonical as string, ...others]) if (!ALIAS.has(k)) ALIAS.set(k, canonical as string);
}

// Seats that stand for the body they house: shown only when the article writes no other name of it.
const SEATS = new Set(['quai d orsay', 'palais bourbon', 'palais du luxembourg']);

/** The key names a body by its seat (« Palais-Bourbon » for the Assemblée nationale). */
export const isSeatName = (key: string): boolean => SEATS.has(key);

/** The key `key` is an alias of (itself for the canonical form), or undefined. */
export function aliasOf(key: string): string | undefined {
  return ALIAS.get(key);
}
