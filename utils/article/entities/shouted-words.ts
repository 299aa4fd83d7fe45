// Endings of English and French inflections: "ARRESTS" is shouted "arrest"/"arrested", "ENQUÊTES" « enquête ».
const ENDING = /(?:es|s|ed|ing)$/u;
const FORMS = ['', 's', 'es', 'e', 'ed', 'ing', 'er'];

/**
 * A word in capitals the text also writes in lower case, as it is or inflected ("ARRESTS" beside "arrested"): a
 * common word shouted in a heading or a label, not a name. `folded` is the word folded; stems of four letters at
 * least, so that "WIRED" (stem "wir") or "NEWS" prove nothing through inflections.
 */
export function isWrittenLower(folded: string, lower: ReadonlyMap<string, number>): boolean {
  if ((lower.get(folded) ?? 0) > 0) return true;
  const stem = folded.replace(ENDING, '');
  return stem.length >= 4 && FORMS.some((f) => (lower.get(stem + f) ?? 0) > 0);
}
