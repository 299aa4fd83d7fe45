import { GIVEN_NAMES } from './gazetteer';
import type { Mention } from './mention';

// Languages read names only whose script has capitals and whose nouns do not take them: a word capitalised inside
// several sentences there is a name, unless an article says it is a noun written with a capital for respect («
// el Gobierno », « o Supremo », « il Parco »).
const CASED = new Set(
  'es pt it ca gl ro pl cs sk ru uk bg hr sr sl nl sv no nb nn da fi et lv lt hu id ms tr'.split(' '),
);

// Articles of those languages, folded, where they are no other word ("a" and "o" are only Portuguese's).
const ARTICLES: Record<string, ReadonlySet<string>> = {
  es: new Set('el la los las un una unos unas lo'.split(' ')),
  pt: new Set('o a os as um uma uns umas'.split(' ')),
  it: new Set('il lo la i gli le l un una uno'.split(' ')),
  ca: new Set('el la els les l un una'.split(' ')),
  nl: new Set('de het een'.split(' ')),
};

/** Two single words that differ only by their last letters: a name and its declension ("Windowsa", "Europie"). */
function declines(a: string, b: string): boolean {
  let p = 0;
  while (p < a.length && a[p] === b[p]) p++;
  return a !== b && p >= 4 && a.length - p <= 3 && b.length - p <= 3;
}

/** A table's label or value: "Camiseta: azul", "Hora: 20:00", "(Vinile)". */
const labelled = (m: Mention): boolean =>
  m.after[0] === ':' || m.before[0] === ':' || (m.before[0] === '(' && m.after[0] === ')');

/**
 * A single word capitalised inside three sentences or more and never written in lower case: "procedente de
 * Peñarol", "dados do Prodes". Not after an article, never a label or a value of a table, no given
 * name alone, no surname or declined form of another name of the text (`names`: their keys). Folded `key`.
 */
export function isRecurringName(
  key: string,
  mid: readonly Mention[],
  lang: string,
  names: ReadonlySet<string> | undefined,
): boolean {
  if (!CASED.has(lang) || mid.length < 3 || key.length < 3 || GIVEN_NAMES.has(key)) return false;
  const articles = ARTICLES[lang];
  if (mid.some((m) => articles?.has(m.before[0] ?? '') || labelled(m))) return false;
  for (const n of names ?? [])
    if (n.endsWith(` ${key}`) || (!n.includes(' ') && declines(n, key))) return false;
  return true;
}
