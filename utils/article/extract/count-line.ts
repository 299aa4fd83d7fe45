/**
 * A line of the article's counters rather than its text: "1,234 views · 12 comments", "Vues : 5 K",
 * "Kommentare 3", "Aufrufe: 2.310". Sites print them by the byline or under the last paragraph.
 */

import { isMetaWord, stripDates } from '@/utils/article/extract/meta-words';
import { fold } from '@/utils/shared/fold';

/** What a site counts about an article, in the languages of the web's news (lower case, no accents). */
const COUNTER_WORDS = new Set(
  (
    'views|view|reads|comments|comment|shares|share|likes|like|reactions|reaction|replies|reply|' +
    'vues|vue|lectures|commentaires|commentaire|partages|reactions|' +
    'aufrufe|kommentare|kommentar|leser|' +
    'visite|visualizzazioni|letture|commenti|commento|condivisioni|' +
    'visitas|vistas|lecturas|comentarios|comentario|visualizacoes|leituras|comentaris|' +
    'weergaven|reacties|wyswietlen|wyswietlenia|komentarze|komentarzy|' +
    'просмотров|просмотра|просмотры|просмотр|комментариев|комментария|комментарии|комментарий'
  ).split('|'),
);

/** A count as sites print it: "1,234", "12 345", "2.3K", "1,2 M", "5k". */
const NUMBER = String.raw`\d+(?:[.,\s]\d{3})*(?:[.,]\d+)?(?:\s?[km])?`;
const WORD = `(?:${[...COUNTER_WORDS].join('|')})`;
/** A count with its label, either way round: "12 comments", "Vues : 5 k", "comments (0)". Folded text. */
const COUNTED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${NUMBER}\s*${WORD}|${WORD}\s*[:([]?\s*${NUMBER}\s*[)\]]?)(?![\p{L}\p{N}])`,
  'gu',
);
/** A counters line is short: a few counts with their labels, perhaps a date. */
const MAX_WORDS = 14;

const words = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** True when `text` is counts with their labels, and besides them only a date and meta words. */
export function isCountLine(text: string): boolean {
  // No count without a digit (folding adds none): most lines need not be folded at all.
  if (!/\d/.test(text)) return false;
  const folded = fold(text);
  if (words(folded).length > MAX_WORDS) return false;
  const rest = folded.replace(COUNTED, ' ');
  if (rest === folded) return false;
  return words(stripDates(rest).rest).every(isMetaWord);
}
