import { fold } from '@/utils/shared/fold';
import { headsGermanBody } from './german-bodies';

// German capitalises a concept's adjective when the phrase is a term: "Künstliche Intelligenz", "Erneuerbare
// Energien", "Soziale Marktwirtschaft", "Tantrischer Buddhismus". Such terms are no names: their noun is abstract,
// by its ending, and no body's head ("Technische Universität", "Nationale Akademie" name bodies).

// Endings of abstract nouns, folded, maybe declined or plural: "-ismus", "-ung", "-heit", "-enz", "-tion", "-ur".
const ABSTRACT = /(?:ismus|ung|heit|keit|itat|ik|enz|anz|ur|ie|schaft|tion|sion)(?:en|n|s|es)?$/u;

/** A phrase opened by an adjective whose last word is an abstract noun, no body's head: a term, not a name. */
export function namesConcept(surface: string): boolean {
  const words = surface.split(' ');
  if (words.length < 2 || headsGermanBody(surface)) return false;
  return ABSTRACT.test(fold(words.at(-1) ?? ''));
}
