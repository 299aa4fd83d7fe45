// A dotted acronym before capitalised words ("U.S. Army", "U.S. President Joe Biden"): one name, or a place
// used as an adjective before another name.
import { EVENT_WORDS, isDemonymWord, isKnownName, ORG_WORDS } from './gazetteer';
import { isTitle } from './titles';
import type { Token } from './tokenize';

const DOTTED = /^(?:\p{Lu}\.){2,}$/u;

/** "U.S.", "U.N.": capitals each followed by a full stop. */
export const isDotted = (t: Token | undefined): boolean => DOTTED.test(t?.text ?? '');

/**
 * The run tokens[a..b) cut at its dotted acronyms, unless one opens it and the words after it make the name of a
 * body or an event ("U.S. Army", "U.N. Security Council", "U.S. Open"): before a role, a person or a common noun
 * it is a place of its own ("U.S. Treasury Secretary Jan Moller", "U.S. Labor Day"), as after a word ("Palestinian
 * U.N. envoy").
 */
export function cutAtDottedAcronyms(tokens: Token[], a: number, b: number): Array<[number, number]> {
  // "The U.S. Army": an article before it changes nothing.
  let s = a;
  while (s < b - 1 && tokens[s]?.stop) s++;
  if (b - s < 2 || (leadsBodyName(tokens, s, b) && !tokens.slice(s + 1, b).some(isDotted))) return [[a, b]];
  if (initialsOfName(tokens, s, b)) return [[a, b]];
  const out: Array<[number, number]> = [];
  let from = a;
  for (let k = a; k < b; k++) {
    if (!isDotted(tokens[k]) || closesName(tokens, from, k, b)) continue;
    if (k > from) out.push([from, k]);
    // "Health Minister J.P. Nadda", "Coach P.J. Fleck": after a title, initials and the surname closing the run are
    // one name ("Fort Worth P.D. Open the door!" has none).
    if (k > a && isTitle(tokens[k - 1]) && initialsOfName(tokens, k, b)) return [...out, [k, b]];
    out.push([k, k + 1]);
    from = k + 1;
  }
  if (from < b) out.push([from, b]);
  return out;
}

/**
 * "C.H. Robinson", "J.R.R. Tolkien": dotted initials no gazetteer knows, then one or two plain words, are the
 * initials of a person's or a founder's name; "U.S." and "U.N." are a country and a body of their own.
 */
function initialsOfName(tokens: Token[], s: number, b: number): boolean {
  const initials = tokens[s] as Token;
  if (!isDotted(initials) || b - s > 3 || isKnownName(initials.folded.replace(/\./g, ''))) return false;
  return tokens
    .slice(s + 1, b)
    .every(
      (t) =>
        t.capital &&
        !t.loud &&
        !t.stop &&
        !isDotted(t) &&
        !isTitle(t) &&
        !isDemonymWord(t.folded) &&
        !ORG_WORDS.has(t.folded) &&
        !isKnownName(t.folded),
    );
}

function leadsBodyName(tokens: Token[], a: number, b: number): boolean {
  const last = tokens[b - 1]?.folded ?? '';
  return (
    isDotted(tokens[a]) &&
    (ORG_WORDS.has(last) || EVENT_WORDS.has(last)) &&
    !tokens.slice(a + 1, b).some((t) => isTitle(t))
  );
}

/**
 * "Fontaines D.C.", "Washington D.C.": dotted letters closing a run after a word are the name's own, unless they
 * name a country or a body alone ("U.S.", "U.N.") or follow a nationality ("Palestinian U.N.").
 */
function closesName(tokens: Token[], from: number, k: number, b: number): boolean {
  const before = tokens[k - 1];
  return (
    k === b - 1 &&
    k > from &&
    before !== undefined &&
    !before.stop &&
    !isDotted(before) &&
    !isDemonymWord(before.folded) &&
    !isKnownName((tokens[k] as Token).folded.replace(/\./g, ''))
  );
}
