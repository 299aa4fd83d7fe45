// Words the text writes where no surname stands. « le Finistère », « dans la Drôme »: French writes a definite
// article before a place or a thing, never before a person's surname; such a word is no surname to join to
// « Samu du Finistère » as if « Samu » were a given name. « les éditions Gallimard », « le groupe Bolloré »: a
// company named after its founder's family is not the person « Antoine Gallimard » of the same article.
import type { Mention } from './mention';

const DEFINITE = new Set(['le', 'la', 'les']);
const COMPANY_NOUNS = new Set([
  'editions',
  'groupe',
  'societe',
  'maison',
  'marque',
  'laboratoires',
  'enseigne',
]);

/** Keys of one word written somewhere right after one of `words`. */
function writtenAfter(
  byKey: ReadonlyMap<string, readonly Mention[]>,
  words: ReadonlySet<string>,
): Set<string> {
  const out = new Set<string>();
  for (const [k, ms] of byKey) {
    if (!k.includes(' ') && ms.some((m) => words.has(m.before[0] ?? ''))) out.add(k);
  }
  return out;
}

/** Keys of one word written after « le », « la » or « les » somewhere in the text. */
export const writtenWithArticle = (byKey: ReadonlyMap<string, readonly Mention[]>): Set<string> =>
  writtenAfter(byKey, DEFINITE);

/** Keys of one word written after « éditions », « groupe », « société », « maison »... somewhere in the text. */
export const writtenAsCompany = (byKey: ReadonlyMap<string, readonly Mention[]>): Set<string> =>
  writtenAfter(byKey, COMPANY_NOUNS);
