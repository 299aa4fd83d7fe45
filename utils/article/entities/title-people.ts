import { GIVEN_NAMES, ORGANIZATIONS, PLACES } from './gazetteer';
import { calendarOf, stopwordsOf } from './lexicon';
import { nameKey } from './normalize';
import { isMiddleName } from './opening-given-names';
import { isPersonShaped } from './person-shape';
import { spans } from './runs';
import { tokenize } from './tokenize';

/**
 * Full names of people the title writes while the text writes the surname apart ("James Van Der Beek" above
 * "James" and "Van Der Beek"): key → surface. The surname must be a name of the text, so a Title Case headline's
 * verb ("Kamala Harris Wins") is never taken for one.
 */
export function titlePeople(
  title: string | undefined,
  lang: string,
  textKeys: ReadonlySet<string>,
): Map<string, string> {
  const out = new Map<string, string>();
  if (!title) return out;
  const tokens = tokenize(title, stopwordsOf(lang), calendarOf(lang));
  for (const [from, to] of spans(tokens, lang)) {
    let a = from;
    while (a < to && tokens[a]?.stop) a++;
    // "Harbans Singh Sandhu (1935–2026)": before "Singh" or "Kaur", an unknown word is a given name too; so is
    // one of a family the text names (see sharesSurname).
    const known = GIVEN_NAMES.has(tokens[a]?.folded ?? '') || isMiddleName(tokens[a + 1]?.folded ?? '');
    // A Title Case headline runs the name on into its verb ("James Van Der Beek Says"): the longest that fits.
    for (let b = to; b > a + 1; b--) {
      const surface = title.slice(
        tokens[a]?.start,
        (tokens[b - 1]?.start ?? 0) + (tokens[b - 1]?.text.length ?? 0),
      );
      const key = nameKey(surface);
      // After a middle name, the surname is the last word ("Sandhu").
      const rest = isMiddleName(tokens[a + 1]?.folded ?? '')
        ? key.slice(key.lastIndexOf(' ') + 1)
        : key.slice(key.indexOf(' ') + 1);
      // "Síle de Búrca" over "de Búrca" written apart: the text's key drops the particle ("Búrca").
      const surname = textKeys.has(rest) ? rest : withoutOpeningParticles(rest);
      if (!textKeys.has(surname)) continue;
      const shares = sharesSurname(textKeys, key, rest);
      // A family's surname with a particle makes a person of an unknown given name, which the shape alone does
      // not ("Santiago de Chile").
      if (((known || shares) && isPersonShaped(key)) || (shares && surname !== rest)) {
        out.set(key, surface);
        break;
      }
    }
  }
  return out;
}

// Particles a surname opens with ("de Búrca", "van Aert").
const OPENING_PARTICLES = /^(?:(?:de|du|da|di|del|van|von|der|den|la|le) )+/u;
const withoutOpeningParticles = (surname: string): string => surname.replace(OPENING_PARTICLES, '');

/**
 * "Peg Lonergan" in the title and the text, "Frank Lonergan" in the text too: the title's full name, its first word
 * no known given name, is one of a family whose surname the text also writes alone (which of them it stands for is
 * what the title tells).
 */
function sharesSurname(textKeys: ReadonlySet<string>, key: string, surname: string): boolean {
  // "Air India" and "Tata India" share a place, not a surname.
  if (!textKeys.has(key) || PLACES.has(surname) || ORGANIZATIONS.has(surname)) return false;
  // Another given name before the surname, not a longer run holding the whole name ("Launch von Viva Magenta").
  const holds = (k: string): boolean =>
    k !== key && k.endsWith(` ${surname}`) && !k.endsWith(` ${key}`) && isPersonShaped(k);
  for (const k of textKeys) if (holds(k)) return true;
  return false;
}
