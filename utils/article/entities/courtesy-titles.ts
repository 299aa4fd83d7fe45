/**
 * Courtesy titles of the languages read names only, folded, by language: "Herr Albrecht", « señor Lloret »,
 * "signor Filosa", "pani Halina" name the person after them, not a longer name. Kept apart from the English and
 * French titles because some are words or names elsewhere (English "Pan Am", "Don Quixote").
 */
const BY_LANGUAGE: Record<string, ReadonlySet<string>> = {
  de: new Set(['herr', 'herrn', 'frau']),
  es: new Set(['senor', 'senora', 'sr', 'sra']),
  it: new Set(['signor', 'signore', 'signora', 'sig']),
  nl: new Set(['meneer', 'mevrouw', 'dhr', 'mevr']),
  pl: new Set(['pan', 'pani', 'pana', 'panu', 'panem', 'panie', 'pania']),
  pt: new Set(['senhor', 'senhora', 'sr', 'sra']),
};

/** Whether `folded` is a courtesy title in `lang` (a two-letter code). */
export function isCourtesyTitleOf(folded: string, lang: string): boolean {
  return BY_LANGUAGE[lang]?.has(folded) === true;
}
