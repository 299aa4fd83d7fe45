import { isAcronymLike } from './acronyms';
import { isKnown } from './filter';
import type { EntityGroup } from './group';

const FULL = new Set(['fr', 'en']);

/**
 * Whether entities are read fully in `lang` (French and English), or only the names a reader can trust
 * ("names only": other languages capitalise nouns, or have no word lists here to tell names from words).
 */
export function readsLanguageFully(lang: string): boolean {
  return FULL.has(lang.toLowerCase().slice(0, 2));
}

/**
 * Names kept in a language read "names only": multi-word proper names seen inside sentences, acronyms,
 * known places and organisations, and names the title repeats.
 */
export function isHighConfidence(g: EntityGroup, titleKey: string): boolean {
  const keys = [...g.keys];
  if (keys.some(isKnown)) return true;
  const body = g.mentions.filter((m) => !m.headline);
  const mid = body.filter((m) => !m.initial);
  if ([...g.surfaces.keys()].some((s) => isAcronymLike(s) && s.length <= 6) && body.length >= 2) return true;
  if (mid.some((m) => m.surface.trim().includes(' ') && /^\p{Lu}.*\s\p{Lu}/u.test(m.surface))) return true;
  return body.length >= 2 && titleKey !== '' && keys.some((k) => titleKey.includes(` ${k} `));
}
