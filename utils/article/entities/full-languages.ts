/** Which languages entities are read fully in; tiny on purpose, so the popup can say "names only" cheaply. */
const FULL = new Set(['fr', 'en']);

/**
 * Whether entities are read fully in `lang` (French and English), or only the names a reader can trust
 * ("names only": other languages capitalise nouns, or have no word lists here to tell names from words).
 */
export function readsLanguageFully(lang: string): boolean {
  return FULL.has(lang.toLowerCase().slice(0, 2));
}
