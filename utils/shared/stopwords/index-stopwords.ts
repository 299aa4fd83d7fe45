/**
 * Very common French and English words (already folded), left out of the index: they match most
 * articles, so indexing them costs much and narrows nothing.
 */
const WORDS =
  'le la les un une des du de au aux et ou en est sont ce cet cette ces qui que quoi dont il elle ils elles on nous vous je tu ne pas plus par pour sur dans avec sans se sa son ses leur leurs lui y a ete etre avoir fait comme mais the an and or of to in is are was were be been it its this that these those on at by for with from as not but he she they we you his her their our your has have had will would can could do does did so if than then there which who what when';

const STOPWORDS = new Set(WORDS.split(' '));

/** Whether a folded token is a stopword. */
export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}
