import type { EntityGroup } from './group';

// Nouns that follow a work's title as its kind, folded: "the Star Trek films", "the Fargo series", "a Dune
// sequel", "the Alien franchise", "the third Bluey season".
const WORK_NOUNS = new Set(
  `film films movie movies series franchise sequel sequels prequel remake reboot spin-off spinoff trilogy saga
  season seasons episode episodes`.split(/\s+/),
);

/**
 * At least half the group's mentions are followed by a work's kind ("Star Trek film", "Fargo series"): the name
 * is a work's title. A director's name is followed so too ("a Christopher Nolan film"): the caller keeps a name
 * with a given name a person.
 */
export function readAsWork(g: EntityGroup): boolean {
  const followed = g.mentions.filter((m) => WORK_NOUNS.has(m.after[0] ?? '')).length;
  return followed > 0 && followed * 2 >= g.mentions.length;
}
