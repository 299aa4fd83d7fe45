// French names an event by its kind, a lower-case adjective and what or where it is of: « l’Open international
// du Sud-Aveyron », « le Festival international du film de Cannes », « le Salon international de l’agriculture ».
// Read with a body's complements (see frenchBodyEnd); without the adjective, « le Festival de Cannes » is joined
// by its particle already.
import { EVENT_WORDS } from './gazetteer';
import type { Token } from './tokenize';

// « les Jeux olympiques de Paris »: the Games' adjective names the event and « de Paris » one edition of it,
// which the text calls « les Jeux olympiques » too; they keep their adjective only (see institutionEnd).
const EDITIONS: ReadonlySet<string> = new Set(['jeux']);

/** A folded word that heads an event's name (« Open », « Festival », « Salon », « Tournoi »…). */
export const isEventHead = (folded: string): boolean => EVENT_WORDS.has(folded) && !EDITIONS.has(folded);

/**
 * Whether an event's name may end before tokens[at]: the sentence or a clause ends there, a function word or a
 * capital follows. A lower-case word may go on the name (« du court métrage », « de la bande dessinée »), so
 * where one follows, where the name ends is not known.
 */
export function endsEventName(tokens: readonly Token[], at: number, sentence: number): boolean {
  const next = tokens[at];
  return !next?.isWord || next.sentence !== sentence || next.stop || next.capital;
}
