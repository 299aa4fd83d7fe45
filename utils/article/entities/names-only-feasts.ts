import type { EntityGroup } from './group';
import { isHoliday } from './holidays';

// A feast ("no Natal", "an Weihnachten", "la Navidad") says when a story happens, not what it is about: a list of
// only the names a reader can trust leaves it out, unless the text writes it as a town: Portuguese names a town
// without an article ("em Natal", "para Natal"), a feast with one ("no Natal", "para o Natal").

// Folded words before a town's name, never before a feast's.
const TOWN_BEFORE = new Set(['em', 'para', 'ate']);

/** Every name of the group is a feast's, never written as a town ("em Natal") nor with its state ("Natal (RN)"). */
export function isFeastOnly(g: EntityGroup): boolean {
  if (![...g.keys].every((k) => isHoliday(k))) return false;
  return !g.mentions.some((m) => TOWN_BEFORE.has(m.before[0] ?? '') || m.after[0] === '(');
}
