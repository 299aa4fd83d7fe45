// "a member of Kelbrook Rising", "the Kelbrook Rising citizens' group", "Kelbrook Rising, a residents' group": a
// name whose members the text counts, or that the text calls a group, is a body, though a person's name stands
// next to it ("Anita Rao, Kelbrook Rising" under a quote lists her with her group, not with another person).
import type { EntityType } from '@/utils/article/types';
import { EVENT_WORDS, GIVEN_NAMES, isDemonymWord } from './gazetteer';
import { words } from './gazetteer/set';
import type { EntityGroup } from './group';
import type { Mention } from './mention';
import type { Token } from './tokenize';

const MEMBERS = words(
  'member members founder co-founder cofounder convener convenor coordinator volunteer volunteers',
);
// Not "campaign", "society" nor "network": "the Obama campaign", "American society" name no body.
const GROUP_NOUNS = words('group association collective coalition federation alliance');
// "Nations League group games", "the World Cup group stage", "World Cup group four qualifier": a competition's
// round, no body.
const ROUNDS =
  words(`stage stages games matches match phase round table one two three four five six seven eight
nine ten`);
const DIGIT = /^\d/;
const ARTICLES = words('a an the');
const APOSTROPHES = new Set(["'", '’']);
// Words between the name and its kind: "citizens' group", "local residents' association".
const BETWEEN = 3;

/** "a member of (the) X": the name's members are counted; not "a member of the Kennedy family". */
function membersOf(tokens: readonly Token[], m: Mention): boolean {
  let k = m.from - 1;
  if (tokens[k]?.folded === 'the') k--;
  const next = tokens[m.to];
  return (
    tokens[k]?.folded === 'of' &&
    MEMBERS.has(tokens[k - 1]?.folded ?? '') &&
    (next === undefined || !next.isWord || next.stop)
  );
}

/** "X citizens' group", "X, a residents' group": a group's noun after the name, a few lower-case words between. */
function calledGroup(tokens: readonly Token[], b: number): boolean {
  let i = b;
  if (tokens[i]?.text === ',') {
    if (!ARTICLES.has(tokens[i + 1]?.folded ?? '')) return false;
    i += 2;
  }
  for (let n = 0; n <= BETWEEN; n++, i++) {
    const t = tokens[i];
    if (!t || t.nameLike || t.stop) return false;
    if (GROUP_NOUNS.has(t.folded)) {
      const next = tokens[i + 1]?.folded ?? '';
      return !ROUNDS.has(next) && !DIGIT.test(next);
    }
    if (!t.isWord && !APOSTROPHES.has(t.text)) return false;
  }
  return false;
}

/**
 * Types as organisations the untyped names, and those typed people that no given name opens, whose members the
 * text counts or that it calls a group (see above); a person's name needs the group's noun.
 * `types[i]` is the type of `groups[i]`; `lower`: folded words written in lower case; returns new types.
 */
export function typeMemberBodies(
  groups: readonly EntityGroup[],
  types: readonly EntityType[],
  tokens: readonly Token[],
  lower: ReadonlyMap<string, number>,
): EntityType[] {
  return types.map((t, i) => {
    const g = groups[i];
    if ((t !== 'other' && t !== 'person') || !g) return t;
    // "a Russian disinformation campaign", "the French artist collective": a people's word qualifies the noun.
    if ([...g.keys].some((k) => GIVEN_NAMES.has(k.split(' ')[0] ?? '') || k.split(' ').every(isDemonymWord)))
      return t;
    // "Added group 10-heart event": one capitalised word the text also writes in lower case is any word.
    if ([...g.keys].every((k) => !k.includes(' ') && lower.has(k))) return t;
    // "a member of the Order of Canada": an honour's holders are its members, no body's; a competition's group is
    // a round of it ("World Cup group"), whatever follows.
    if (
      [...g.keys].some((k) => k.startsWith('order of ') || EVENT_WORDS.has(k.slice(k.lastIndexOf(' ') + 1)))
    )
      return t;
    const body = g.mentions.some((m) => calledGroup(tokens, m.to) || (t === 'other' && membersOf(tokens, m)));
    return body ? 'organization' : t;
  });
}
