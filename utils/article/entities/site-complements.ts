import type { Mention } from './mention';

// « les alignements de Carnac », « les remparts de Saint-Malo », « les ruines de Pompéi »: French names where
// monuments and remains stand with « de » after them, which no person nor body owns: the name is a place's.
// Nouns a person or a body may own too (« la tombe de Napoléon », « le site de Mediapart », « les fouilles de
// l’Inrap ») count only for a name the text also sets after « à » (« à Carnac »); « de » alone says nothing.
const MONUMENTS = new Set(
  `alignements menhirs dolmens megalithes cairns tumulus remparts ruines vestiges grottes thermes arenes
  necropole`.split(/\s+/),
);
const SITES = new Set(
  'site sites tombe tombes sanctuaire temple temples fouilles amphitheatre grotte'.split(' '),
);
const OF = new Set(['de', 'du', 'des']);

/**
 * The mention completes a noun for monuments (see above), or for a site when `located` (the name is also set
 * after « à »); `before` is folded, nearest first.
 */
export function completesSite(m: Mention, located: boolean): boolean {
  if (!OF.has(m.before[0] ?? '')) return false;
  const noun = m.before[1] ?? '';
  return MONUMENTS.has(noun) || (located && SITES.has(noun));
}
