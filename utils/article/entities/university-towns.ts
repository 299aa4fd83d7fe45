// "the Warwick astrophysicist", "a Harvard economist": English names a university by its town before the noun for
// one of its people, so the town written so is the university the article names in full ("University of
// Warwick"), not the town.
import { personNoun } from './context-cues';
import type { Mention } from './mention';
import type { MergePass } from './merge-pass';

// Nouns for a university's people and work, and the endings of scholars' nouns ("physicist", "historian").
const ACADEMIC = new Set(
  `professor professors researcher researchers academic academics student students scholar scholars team study
  lab laboratory graduate graduates lecturer`.split(/\s+/),
);
const SCHOLAR = /\p{L}{3}(?:ists?|ians?)$/u;

const academicAfter = (m: Mention): boolean => {
  const next = m.after[0] ?? '';
  return ACADEMIC.has(next) || SCHOLAR.test(next) || personNoun(next);
};

/** "Warwick" joins "University of Warwick" when each of its mentions comes before a noun for a university's people. */
export const mergeUniversityTowns: MergePass = (keys, byKey, uf) => {
  // Most articles name no university: two names built and looked up for every key would find nothing.
  if (![...byKey.keys()].some((k) => k.includes('university'))) return;
  for (const k of keys) {
    const full = [`university of ${k}`, `${k} university`].find((f) => byKey.has(f));
    const ms = byKey.get(k) ?? [];
    if (full && ms.length > 0 && ms.every(academicAfter)) uf.union(k, full);
  }
};
