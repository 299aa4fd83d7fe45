import type { TextEvidence } from './evidence';
import { isDemonymWord, PLACES } from './gazetteer';
import type { EntityGroup } from './group';
import { isGivenName } from './titles';
import type { Token } from './tokenize';

// Endings of the words for a town's people: « Liégeois », « Toulousains », « Parisiens », « Lyonnais »,
// "Liverpudlians", "Glaswegians".
const PEOPLE_ENDING = /(?:ois|oises?|ais|aises?|ains?|aines?|iens?|iennes?|eens?|ennes?|ians?|ites?)$/u;
// The article that makes such a word a noun for a side or a crowd: « les Liégeois », "the Liverpudlians".
const ARTICLES = new Set(['les', 'des', 'aux', 'the']);
// The town's name and the word for its people share at least this many first letters…
const SHARED = 4;
// …and the word keeps at most this many of the town's last letters apart (« Bordeaux », « Bordelais »).
const CHANGED = 3;

/** Letters `a` and `b` share from their start. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * A known town the text names, whose people `word` names (« liege » for « liegeois »). English writes the
 * adjective with a capital too ("the Indian economy"): there only a plural is the people. A nation's people are
 * left to the rules for nationalities.
 */
function namesTownPeople(word: string, ev: TextEvidence): boolean {
  if (!PEOPLE_ENDING.test(word) || isDemonymWord(word) || (ev.lang === 'en' && !word.endsWith('s')))
    return false;
  for (const town of [...ev.midCaps.keys(), ...(ev.names ?? [])]) {
    if (town.length >= word.length || !PLACES.has(town)) continue;
    const shared = sharedStart(town, word);
    if (shared >= SHARED && town.length - shared <= CHANGED) return true;
  }
  return false;
}

/**
 * « Menés à la pause, les Liégeois ont renversé… », "the Liverpudlians were beaten": a town's people written as a
 * noun stand for its side or its crowd, named on their own elsewhere (« le Standard de Liège »); the word is no
 * entity of its own. Each mention is one word after an article, and the text names the town.
 */
export function isTownDemonym(g: EntityGroup, ev: TextEvidence): boolean {
  return (
    [...g.keys].every((k) => !k.includes(' ') && namesTownPeople(k, ev)) &&
    g.mentions.every((m) => ARTICLES.has(m.before[0] ?? ''))
  );
}

// The article a people word takes as a noun before a person: « la Lyonnaise Claire Morand », "the Glaswegian…".
const SINGULAR_ARTICLES = new Set(['le', 'la', 'the']);

/**
 * « la Lyonnaise Claire Morand », "the Glaswegian Paul Durand": a word for a town's people, a noun after its article
 * (or elided, « l'Angevin »), before a given name, says where the person is from and is no part of the name. A known
 * nation's word is the nationality rules' (see `isDemonym`); a given name with the same ending ("Adrian", « Julien »)
 * opens a name itself.
 */
export function peopleWordBeforePerson(tokens: readonly Token[], a: number, b: number): boolean {
  const t = tokens[a];
  const next = tokens[a + 1];
  if (t === undefined || next === undefined || b - a < 3) return false;
  if (!t.elided && !SINGULAR_ARTICLES.has(tokens[a - 1]?.folded ?? '')) return false;
  return PEOPLE_ENDING.test(t.folded) && !isGivenName(t.folded) && isGivenName(next.folded);
}
