import type { EntityType } from '@/utils/article/types';
import { isDemonymWord, ORG_WORDS, PLACES } from './gazetteer';
import type { EntityGroup } from './group';
import { PERSON_TITLES } from './lexicon';
import type { Mention } from './mention';
import type { Token } from './tokenize';
import { ADJECTIVE_END } from './town-adjective-clubs';

// French names a club or a society by a word and its town's adjective, in lower case: « l’Échiquier
// saint-affricain », « le Stade rennais ». A capitalised word the text writes each time with the same such
// adjective is read with it, as one name.

// Adjectives ending as a town's do that name no town: « le Sommet prochain », « l’Empire romain ».
const NOT_TOWN = new Set(
  `prochain prochaine certain certains humain humains urbain urbains ancien anciens quotidien republicain
  souverain contemporain lointain mondain masculin feminin voisin voisins marin divin romain chretien malin
  terrien aerien aeriens mediterraneen`.split(/\s+/),
);

const townAdjective = (t: Token | undefined, sentence: number): t is Token =>
  t?.isWord === true &&
  !t.capital &&
  !t.stop &&
  t.sentence === sentence &&
  t.text.length > 4 &&
  ADJECTIVE_END.test(t.folded) &&
  !NOT_TOWN.has(t.folded) &&
  !isDemonymWord(t.folded);

/** The adjective after `m`, when it is a town's. */
function adjectiveAfter(m: Mention, tokens: readonly Token[]): string | undefined {
  const t = tokens[m.to];
  return townAdjective(t, m.sentence) ? t.folded : undefined;
}

/**
 * Joins, in place, to each of its mentions the town's adjective written after a one-word name at least twice
 * and each time (« Échiquier » + « saint-affricain »); not a title, a body's kind or a place (« le Président
 * lyonnais », « Lyon »).
 */
export function joinTownAdjectives(mentions: readonly Mention[], tokens: readonly Token[]): void {
  const byWord = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.to - m.from !== 1) continue;
    const word = tokens[m.from]?.folded ?? '';
    const ms = byWord.get(word);
    if (ms) ms.push(m);
    else byWord.set(word, [m]);
  }
  for (const [word, ms] of byWord) {
    if (ms.length < 2 || PERSON_TITLES.has(word) || ORG_WORDS.has(word) || PLACES.has(word)) continue;
    const adjective = adjectiveAfter(ms[0] as Mention, tokens);
    if (!adjective || !ms.every((m) => adjectiveAfter(m, tokens) === adjective)) continue;
    for (const m of ms) {
      const last = tokens[m.to] as Token;
      m.surface = `${m.surface} ${last.text}`;
      m.to++;
      m.after = [tokens[m.to]?.folded ?? '', tokens[m.to + 1]?.folded ?? ''];
      m.townAdjective = true;
    }
  }
}

/** Types as organisations the untyped groups named so (see `joinTownAdjectives`); returns new types. */
export function typeTownAdjectiveNames(groups: readonly EntityGroup[], types: EntityType[]): EntityType[] {
  return types.map((t, i) =>
    t === 'other' && groups[i]?.mentions.some((m) => m.townAdjective === true) ? 'organization' : t,
  );
}
