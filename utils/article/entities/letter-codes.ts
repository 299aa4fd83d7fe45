import { letterShape } from '@/utils/shared/letter-shape';
import type { EntityGroup } from './group';

// "USB-C", "DVB-T2", "F-35": capitals, a hyphen and a short code of capitals or digits name a standard or a model.
// A shape (see letter-shape.ts).
const LETTER_CODE = /^U{1,5}-[U\d]{1,3}$/;

/** Every name of the group is a letter code (see LETTER_CODE): no place and no person, whatever words surround it. */
export const isLetterCode = (g: EntityGroup): boolean =>
  g.surfaces.size > 0 && [...g.surfaces.keys()].every((s) => LETTER_CODE.test(letterShape(s)));
