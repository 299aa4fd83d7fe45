import { nameKey } from './normalize';

// Words that open a title's clause: the capital after them is the clause's, not a name's.
const OPENERS = /^[:.!?«“"—–-]$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*|[:.!?«“"—–]/gu;
// A French elision joined to its word (« d’Ecovalia », « l’ex-patron »): the capital is the word's own.
const ELISION = /^\p{Ll}{1,2}[’']/u;

/**
 * Keys of the words a title written in sentence case capitalises inside its clauses: « Ariane 6 décolle depuis
 * Kourou » capitalises "Kourou" only because it is a name. A title in title case ("Rocket Lifts Off From Kourou")
 * capitalises every word and says nothing; a word of a longer name ("Fallen Order") is that name's.
 */
export function titleCapitals(title: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!title) return out;
  const words = (title.match(WORD) ?? []).map((w) => w.replace(ELISION, ''));
  const capital = (i: number): boolean => /^\p{Lu}/u.test(words[i] ?? '');
  // A full name counts once: « … pour Kévin Marchal » is one capitalised name in a sentence-case title.
  const inner = words.filter(
    (w, i) =>
      i > 0 && !OPENERS.test(words[i - 1] ?? '') && /\p{L}{4}/u.test(w) && !(capital(i) && capital(i - 1)),
  );
  const lower = inner.filter((w) => /^\p{Ll}/u.test(w)).length;
  if (lower * 2 < inner.length) return out;
  // A number is a model's part too ("Vexa 16 Ultra").
  const named = (i: number): boolean => /^[\p{Lu}\p{N}]/u.test(words[i] ?? '');
  const opening = (i: number): boolean => i === 0 || OPENERS.test(words[i - 1] ?? '');
  // A number alone after the word is a model's ("lifts off on Ariane 6"): the word names its family, which the
  // text writes without the number ("an Ariane rocket").
  const model = (i: number): boolean => /^\p{N}+$/u.test(words[i] ?? '') && !named(i + 1);
  words.forEach((w, i) => {
    // A word of a longer name ("Fallen Order", "Vexa 16 Ultra") is that name's, not one of its own.
    if (opening(i) || !capital(i) || named(i - 1) || (named(i + 1) && !model(i + 1))) return;
    out.add(nameKey(w.replace(/^\p{L}{1,2}[’']/u, '')));
  });
  return out;
}
