import type { EntityType } from '@/utils/article/types';
import { ORGANIZATIONS, PLACES } from './gazetteer';
import type { EntityGroup } from './group';
import { isQuoted } from './mention';
import { isFullName } from './person-shape';
import { isPluralName } from './plural-sides';
import type { Token } from './tokenize';

// French reports speech with the pronoun after the verb: « a-t-elle expliqué », « explique-t-il », « dit-elle ».
const INVERTED = /-(?:t-)?(?:elle|il)$/;
const PRONOUNS = new Set(['she', 'he']);
const SAID = new Set(['said', 'says', 'told', 'added', 'explained', 'recalled', 'admitted', 'insisted']);

// "Indigenous Peoples", "Rolling Stones": a plural names a group, who speak as "they".
const isPerson = (k: string): boolean => isFullName(k) && !isPluralName(k);

/** Token `i` reports speech by a person: « a-t-elle » or "she said". */
function speaks(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (INVERTED.test(t.folded)) return true;
  return PRONOUNS.has(t.folded) && SAID.has(tokens[i + 1]?.folded ?? '');
}

/**
 * Types as people the untyped full names that speak: the only full name of its sentence and the next, and a
 * reported speech by « elle » or « il », "she" or "he" after it there (« Nadia Vell tient la boutique depuis 1998.
 * « On tient », a-t-elle expliqué. »). Only a person speaks so; a company's statement takes its noun. `types[i]`
 * is the type of `groups[i]`; returns new types.
 */
export function typeSpeakers(
  groups: EntityGroup[],
  types: EntityType[],
  tokens: readonly Token[],
): EntityType[] {
  // Sentence → how many mentions of full names (of any type) it holds.
  const fullIn = new Map<number, number>();
  for (const g of groups) {
    if (![...g.keys].some(isPerson)) continue;
    for (const m of g.mentions) fullIn.set(m.sentence, (fullIn.get(m.sentence) ?? 0) + 1);
  }
  const speaking = (to: number, sentence: number): boolean => {
    if ((fullIn.get(sentence) ?? 0) + (fullIn.get(sentence + 1) ?? 0) !== 1) return false;
    for (let i = to; i < tokens.length && (tokens[i] as Token).sentence <= sentence + 1; i++)
      if (speaks(tokens, i)) return true;
    return false;
  };
  return types.map((type, i) => {
    const g = groups[i] as EntityGroup;
    const keys = [...g.keys];
    if (type !== 'other' || !keys.some(isPerson) || keys.some((k) => PLACES.has(k) || ORGANIZATIONS.has(k)))
      return type;
    return g.mentions.some((m) => !isQuoted(m) && speaking(m.to, m.sentence)) ? 'person' : type;
  });
}
