import { fold } from '@/utils/shared/fold';
import { headsGermanBody } from './german-bodies';

// German capitalises a concept's adjective when the phrase is a term: "Künstliche Intelligenz", "Erneuerbare
// Energien", "Soziale Marktwirtschaft", "Tantrischer Buddhismus", "Globaler Süden". Such terms are no names: their
// noun is abstract, by its ending, and no body's head ("Technische Universität", "Nationale Akademie" name bodies);
// nor is a phrase opened by a participle ("Geschäftsführender Vorstand").

// Endings of abstract nouns, folded, maybe declined or plural: "-ismus", "-ung", "-heit", "-enz", "-tion", "-ur".
const ABSTRACT =
  /(?:ismus|ung|heit|keit|itat|ik|enz|anz|ur|ie|schaft|tion|sion|suden|norden)(?:en|n|s|es)?$/u;

// A present participle used as an adjective: "Geschäftsführenden", "Leitender".
const PARTICIPLE = /^\p{Lu}\p{Ll}+end(?:e|en|er|es|em)$/u;

/** A phrase of two words or more opened by a participle: a description ("Geschäftsführender GdP-Vorstand"). */
export const opensWithParticiple = (surface: string): boolean =>
  surface.includes(' ') && PARTICIPLE.test(surface.split(' ')[0] ?? '');

/** A phrase opened by an adjective whose last word is an abstract noun, no body's head, or by a participle. */
export function namesConcept(surface: string): boolean {
  const words = surface.split(' ');
  if (words.length < 2) return false;
  if (opensWithParticiple(surface)) return true;
  return !headsGermanBody(surface) && ABSTRACT.test(fold(words.at(-1) ?? ''));
}
