/**
 * The one list of an editor's "read also" cues, folded (`foldWords`): the words that announce another story on
 * the same subject. A block's heading, a title's leading label and a pointer's line all read them from here.
 */

/** Phrases that say "another story on this" wherever they stand: heading, label or line. */
export const READ_ALSO_CUES: readonly string[] = [
  // French
  'lire aussi',
  'a lire',
  'a lire aussi',
  'lire egalement',
  'a lire egalement',
  'voir aussi',
  'a voir aussi',
  'sur le meme sujet',
  // English
  'read more',
  'read also',
  'also read',
  'read next',
  'related',
  'related story',
  'related stories',
  'related article',
  'related articles',
  'see also',
  'more on this',
  'more on this story',
  'further reading',
  'recommended',
  // German, Dutch, Italian, Spanish, Portuguese, Russian
  'mehr zum thema',
  'lesen sie auch',
  'auch interessant',
  'siehe auch',
  'lees ook',
  'zie ook',
  'leggi anche',
  'vedi anche',
  'lee tambien',
  'lea tambien',
  'leer mas',
  'ver tambien',
  'te puede interesar',
  'leia tambem',
  'leia mais',
  'veja tambem',
  'saiba mais',
  'читаите также',
  'смотрите также',
];

/**
 * Cues only as a whole label before a link ("Lire : …", "Read: …", "Zum Thema: …"): as the first words of a
 * heading or a title they are ordinary text ("Voir le match", "More than …").
 */
export const LABEL_ONLY_CUES: readonly string[] = [
  'lire',
  'relire',
  'voir',
  'read',
  'more',
  'don t miss',
  'zum thema',
  'leggi',
  'читаите',
  'по теме',
];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex alternation of folded phrases; a space in a phrase matches any run of non-letters, so the pattern
 * reads folded words ("don t miss") and text folded letter by letter ("don't miss", "voir  aussi") alike.
 */
export function cueAlternation(phrases: readonly string[]): string {
  // Longest first: an alternation takes the first phrase that matches, and "a lire aussi" must beat "a lire".
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.split(' ').map(escapeRegExp).join('[^\\p{L}\\p{N}]+'))
    .join('|');
}
