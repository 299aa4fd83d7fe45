/** Text without diacritics ("États" → "Etats"). */
export function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Matching key of a name: case, accents, dots, apostrophes and hyphens folded, so variants group together. */
export function nameKey(s: string): string {
  return stripAccents(s)
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[’'‐‑–\-\s]+/g, ' ')
    .trim();
}

/** Lower-cased, accent-free form of one word, for word-list lookups. */
export function foldWord(s: string): string {
  return stripAccents(s).toLowerCase().replace(/’/g, "'");
}

/** True when the string carries any diacritic (used to prefer "États-Unis" over "Etats-Unis"). */
export function hasAccent(s: string): boolean {
  return s.normalize('NFD') !== s;
}
