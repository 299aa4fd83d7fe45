import type { EntityGroup } from './group';

// Kinds of match or of title that sport writing capitalises: a cricket "Test", a tennis "Grand Slam", a rugby
// « Grand Chelem ». They name no side, competition or place ("World Test Championship" and "Six Nations" do, and so
// does a series "Grand Slam of Curling": "slam" is an event's word, which joins its complement and alone is none).
const SPORT_WORDS = new Set([
  'test',
  'tests',
  'test match',
  'test matches',
  'grand slam',
  'grand slams',
  'grand chelem',
]);

/** Whether every name of `g` is a kind of match or title, not a name. */
export const isSportWord = (g: EntityGroup): boolean => [...g.keys].every((k) => SPORT_WORDS.has(k));
