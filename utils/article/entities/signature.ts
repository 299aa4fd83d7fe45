import { opensCapitalised } from '@/utils/shared/letter-shape';
import type { Mention } from './mention';
import { nameKey } from './normalize';
import { isPersonShaped } from './person-shape';

/** A full name written all in capitals: "CLARA MARC", "JEAN-LUC DORAN". */
const isShoutedFullName = (surface: string): boolean =>
  !/\p{Ll}/u.test(surface) && /\p{Lu}{2}/u.test(surface) && isPersonShaped(nameKey(surface));

/**
 * A signature or a photo credit, not a name the article is about: a full name in capitals alone at the start
 * of a line ("JOHN ARDEN" closing a letter, a byline line), glued before a paragraph written in mixed case (a
 * photographer's name in a newspaper scan), or in parentheses with nothing else in lower case
 * ("(ARCHIVES JOHN ARDEN)").
 */
export function isSignature(m: Mention, text: string): boolean {
  if (!isShoutedFullName(m.surface)) return false;
  const end = m.offset + m.surface.length;
  const lineEnd = text.indexOf('\n', end);
  const before = text.slice(text.lastIndexOf('\n', m.offset - 1) + 1, m.offset);
  const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim();
  if (/\([^\p{Ll}()]*$/u.test(before) && /^[^\p{Ll}()]*\)/u.test(after)) return true;
  if (before.trim() !== '') return false;
  // The line ends with the name, or goes on in mixed case ("JOHN ARDEN The mayor said…"), not in capitals
  // (a headline such as "JOHN ARDEN WINS AGAIN").
  return /^[.,;:]?$/.test(after) || opensCapitalised(after);
}
