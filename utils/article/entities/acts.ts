import { STOPWORDS } from './lexicon';
import type { Mention } from './mention';

// Finite verbs and auxiliaries that follow the subject of a clause: "Hegseth said", "the board has named",
// « Logivra emploie », « Budapest a obtenu ». Folded like Mention.after.
const AFTER_SUBJECT = new Set(
  `has had have is was were will would could can may must should does did
  avait avaient ont est sont sera seront doit devra veut va peut pourrait affirme assure souligne reconnait
  denonce reclame refuse announced warned confirmed denied urged agreed decided rejected signed launched ordered
  approved voted pledged filed won lost beat annonce`.split(/\s+/),
);

/** A finite verb or an auxiliary that follows a clause's subject ("has", "was", « sont »): folded. */
export const followsSubject = (folded: string): boolean => AFTER_SUBJECT.has(folded);

// After a name, a lone « a » is the verb only before a participle (« a rejeté », « a été »), not the
// preposition « à » folded the same (« à Lyon », « à deux ans »).
const PARTICIPLE = /^(?:\p{L}{2,}(?:e|i|u|is|it|ert)|eu)$/u;
// Participles too short for that shape, of the verbs a story has its actors say and do (« a dit », « a fait »).
const SHORT_PARTICIPLES = new Set(['dit', 'fait', 'mis', 'pris', 'vu']);

// French object pronouns between a subject and its verb: « Chéreau lui confie un rôle », « la mairie leur propose ».
const OBJECT_PRONOUNS = new Set(['lui', 'leur']);
// "It was Truffaut who", « c'est Truffaut qui » (« c' » elided): the sentence singles the name out as its actor.
const CLEFT_VERBS = new Set(['est', 'etait', 'was', 'is']);
const CLEFT_WHO = new Set(['qui', 'who']);

// A name after a preposition closes the noun phrase before it, whose verb follows: "the NHS in Wales has taken",
// "routes into Newcastle had increased", « la police judiciaire de Toulouse ont retrouvé » (« à » folds to "a").
const PREPOSITIONS = new Set(
  `of in into from at by with for to on near
  de du des a au aux en dans par pour avec sur chez vers`.split(/\s+/),
);

/**
 * The name is the subject of a verb: the article has it act or speak ("Whitcombe said", « Moscou a rejeté »,
 * « Chéreau lui confie », « c'est Truffaut qui la remarque »), where a name in passing is only a complement
 * (« à Bordeaux », "in Leeds").
 */
export function actsIn(m: Mention): boolean {
  const [a0 = '', a1 = ''] = m.after;
  if (CLEFT_WHO.has(a0) && CLEFT_VERBS.has(m.before[0] ?? '')) return true;
  return !PREPOSITIONS.has(m.before[0] ?? '') && verbFollows(a0, a1);
}

/** The two folded words `a0 a1` open the verb of a subject just before them (« a rejeté », "has named"). */
export function verbFollows(a0: string, a1: string): boolean {
  if (AFTER_SUBJECT.has(a0)) return true;
  if (OBJECT_PRONOUNS.has(a0)) return /^\p{L}/u.test(a1) && !STOPWORDS.has(a1);
  return a0 === 'a' && (SHORT_PARTICIPLES.has(a1) || (PARTICIPLE.test(a1) && !STOPWORDS.has(a1)));
}
