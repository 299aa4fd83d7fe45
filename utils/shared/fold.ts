/**
 * Accent- and case-folding shared by indexing and querying, so "etats-unis" finds "États-Unis".
 */

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const LIGATURE_RE = /[œæßøłđı]/g;

/** Lowercases, strips diacritics (NFD + combining marks) and expands common ligatures. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
}
