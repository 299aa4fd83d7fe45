import type { EntityGroup } from './group';

// "USB-C", "DVB-T2", "F-35": capitals, a hyphen and a short code of capitals or digits name a standard or a model.
const LETTER_CODE = /^\p{Lu}{1,5}-[\p{Lu}\d]{1,3}$/u;

/** Every name of the group is a letter code (see LETTER_CODE): no place and no person, whatever words surround it. */
export const isLetterCode = (g: EntityGroup): boolean =>
  g.surfaces.size > 0 && [...g.surfaces.keys()].every((s) => LETTER_CODE.test(s));
