import { GIVEN_NAMES } from './gazetteer';
import { calendarOf, stopwordsOf } from './lexicon';
import { nameKey } from './normalize';
import { isMiddleName } from './opening-given-names';
import { isPersonShaped } from './person-shape';
import { spans } from './runs';
import { tokenize } from './tokenize';

/**
 * Full names of people the title writes while the text writes the surname apart ("James Van Der Beek" above
 * "James" and "Van Der Beek"): key → surface. The surname must be a name of the text, so a Title Case headline's
 * verb ("Kamala Harris Wins") is never taken for one; a first word no given name of the gazetteer counts when the
 * text writes the whole name too.
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
    // one the text writes before the same surname ("Peg Lonergan" in the title and the text).
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
      if (textKeys.has(rest) && (known || textKeys.has(key)) && isPersonShaped(key)) {
        out.set(key, surface);
        break;
      }
    }
  }
  return out;
}
