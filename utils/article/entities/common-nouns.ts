import { personContext } from './context-cues';
import { GIVEN_NAMES } from './gazetteer';
import type { EntityGroup } from './group';
import { isQuoted, type Mention } from './mention';

// Endings of French abstract common nouns: « information », « habitude », « unité », « réalisme », « gouvernement »,
// « prudence », « alliance »; names rarely end so (the places that do, « Florence », « Provence », are known).
const COMMON_NOUN_ENDING = /\p{L}{3}(?:tion|ude|ité|isme|ment|ence|ance)s?$/u;

// Determiners: after them a capital may be a common noun's, written with one for emphasis or by an old typesetter.
const DETERMINERS = new Set(
  'le la les un une des du ce cet cette ces son sa ses leur leurs notre nos votre vos'.split(' '),
);

/**
 * After a lower-case elided article or a determiner: « l’Habitude », « une Information »; not « L’Humanité »
 * inside a sentence, a paper whose article is part of its name.
 */
export const afterArticle = (m: Mention): boolean =>
  (m.elided && !m.capitalElision) || DETERMINERS.has(m.before[0] ?? '');

/**
 * « l’Information », « une Information », « l’Habitude »: in French, one word with a common noun's ending, written
 * once or twice and only after an article, never with a title, never speaking ("l’Alliance a annoncé"), never
 * quoted on its own (« Libération »), is a common noun its writer capitalised, not a name. `body`: the group's
 * mentions outside headlines.
 */
export function isCapitalisedCommonNoun(g: EntityGroup, body: readonly Mention[], lang: string): boolean {
  if (lang !== 'fr' || body.length === 0 || body.length > 2 || g.keys.size !== 1) return false;
  const [key = ''] = g.keys;
  if (/\s/.test(key) || GIVEN_NAMES.has(key)) return false;
  if (![...g.surfaces.keys()].every((s) => COMMON_NOUN_ENDING.test(s.toLowerCase()))) return false;
  return body.every((m) => afterArticle(m) && !m.personCue && !personContext(m) && !isQuoted(m));
}
