import { GIVEN_NAMES } from './gazetteer';
import { words } from './gazetteer/set';
import type { EntityGroup } from './group';

// Last words of venues' names that close no one's name: "Wembley Stadium", "Olympic Velodrome" ("Centre" closes
// bodies' names as often: "the Carter Center").
const VENUES = words(`stadium arena velodrome velopark oval racecourse speedway ballpark dome
coliseum colosseum amphitheatre amphitheater auditorium fieldhouse showground showgrounds`);
// Venue words that are surnames too ("Nick Park", "Stuart Hall"): a venue's only after a word no given name.
const SURNAME_VENUES = words(`park hall ground`);
const GLUABLE = [...VENUES, ...SURNAME_VENUES];
const LOWER = /[a-z]/;

/**
 * A last word that glues a venue word to another, as brands write venues ("VeloPark", "SkyDome"); not a hyphen
 * joining two surnames ("Gibson-Park").
 */
function gluedVenue(word: string): boolean {
  const folded = word.toLowerCase();
  for (const v of GLUABLE) {
    const at = word.length - v.length;
    if (at > 0 && folded.endsWith(v) && word[at] !== folded[at] && LOWER.test(word[at - 1] ?? ''))
      return true;
  }
  return false;
}

/**
 * Every name of the group, of two words at least, is closed by a venue's word ("Lee Valley Stadium", "Lee Valley
 * VeloPark", "Goodison Park"): a place, though a given name opens it and a role stands before it. "Park", "Hall"
 * and "Ground" close surnames too: after a given name ("Nick Park") or a word cued as a person's, the name stays.
 */
export function namesVenue(g: EntityGroup): boolean {
  const multi = [...g.surfaces.keys()].filter((s) => s.trim().includes(' '));
  const cued = g.mentions.some((m) => m.personCue);
  return (
    multi.length > 0 &&
    multi.every((s) => {
      const ws = s.trim().split(/\s+/);
      const last = ws.at(-1) ?? '';
      const folded = last.toLowerCase();
      if (VENUES.has(folded) || gluedVenue(last)) return true;
      const before = (ws.at(-2) ?? '').toLowerCase();
      return SURNAME_VENUES.has(folded) && !cued && !GIVEN_NAMES.has(before);
    })
  );
}
