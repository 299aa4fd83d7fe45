import { letterShape } from '@/utils/shared/letter-shape';
import type { EntityGroup } from './group';
import type { Mention } from './mention';

// A line's code: a capital or two and a number ("T1", "M14", "C3"). Folded, as `Mention.before` holds words.
// A shape (see letter-shape.ts).
const LINE_CODE = /^U{1,2}\d{1,3}$/;
const FOLDED_CODE = /^\p{Ll}{1,2}\d{1,3}$/u;
// Words naming a tram, bus, metro or train line before its code (« la ligne T4 », "the tram line M2").
const LINE_WORDS = new Set(['ligne', 'lignes', 'line', 'lines', 'tram', 'tramway', 'metro', 'bus', 'rer']);
// Words joining codes in a list: « les lignes T1 et T2 », "lines C1, C2 or C3".
const LIST_LINKS = new Set(['et', 'ou', 'and', 'or', ',', '/']);

/** A code right after a line word or a line word and its adjective (« les lignes fortes C1 »), or listed after one. */
function afterLineWord(m: Mention): boolean {
  const [last = '', before = ''] = m.before;
  return (
    LINE_WORDS.has(last) ||
    (LIST_LINKS.has(last) && FOLDED_CODE.test(before)) ||
    (/^\p{Ll}+$/u.test(last) && LINE_WORDS.has(before))
  );
}

/**
 * A tram, bus or metro line's code, not a name: each mention is a short code written after « ligne », "line",
 * "tram"… or listed after another code ("T1 et T2"). The line's network ("TCL") is the name; "T1" written
 * elsewhere on its own (a car model, a league) stays.
 */
export function isTransitLine(g: EntityGroup): boolean {
  return g.mentions.every((m) => LINE_CODE.test(letterShape(m.surface)) && afterLineWord(m));
}
