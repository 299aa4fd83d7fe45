import { keys } from './gazetteer/set';
import type { EntityGroup } from './group';

/**
 * Words for a party's members, folded: "Democrats", "Tories", « les Insoumis ». Named a few times, like a
 * nationality word they name a group of people the story counts ("11 Republicans joined all Democrats"), not its
 * subject; the party's own name ("Democratic Party", « Les Républicains ») is another key and keeps its place.
 */
const MEMBER_WORDS = keys(`democrat|democrats|democratic|republican|republicans|tory|tories|conservatives|
liberals|lib dems|socialists|insoumis`);

// Named more often, the party's members are what a political story is about ("why Democrats keep losing").
const IN_PASSING = 3;

/** A group named only by a word for a party's members ("Democrats", "Tories"), a few times. */
export const countsMembers = (g: EntityGroup): boolean =>
  g.mentions.length <= IN_PASSING && [...g.keys].every((k) => MEMBER_WORDS.has(k));

/** A word for a party's members ("Tories", "Democrat"), folded. */
export const isMemberWord = (key: string): boolean => MEMBER_WORDS.has(key);
