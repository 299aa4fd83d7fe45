import { isAcronymLike } from './acronyms';
import { GROUPS, ORGANIZATIONS, PLACES, PRODUCTS } from './gazetteer';
import type { EntityGroup } from './group';

/** True when a name's shape alone says it is a name: OWA, Storm-0558, iPhone, États-Unis, Outlook.com. */
export function isShaped(s: string): boolean {
  return isAcronymLike(s) || /\d/.test(s) || /\p{Ll}\p{Lu}|^\p{Ll}|[-]\p{Lu}|\.\p{Ll}{2,}$/u.test(s);
}

function isKnown(key: string): boolean {
  return PLACES.has(key) || ORGANIZATIONS.has(key) || PRODUCTS.has(key) || GROUPS.has(key);
}

/**
 * Keeps groups with real evidence of being names. A single word seen only at the start of sentences
 * ("Fort heureusement", "Hacker" as a caption) needs a known name, a name's shape or repetition; a word written
 * in lower case at least as often as capitalised mid-sentence is an ordinary word.
 */
export function isLikelyName(g: EntityGroup, lower: ReadonlyMap<string, number>): boolean {
  const keys = [...g.keys];
  const surfaces = [...g.surfaces.keys()];
  const multiword = keys.some((k) => k.includes(' '));
  if (multiword || keys.some(isKnown) || surfaces.some(isShaped)) return true;
  const body = g.mentions.filter((m) => !m.headline);
  const mid = body.filter((m) => !m.initial || m.personCue).length;
  if (mid === 0) return body.length >= 2 && keys.every((k) => !lower.has(k));
  const lowerCount = Math.max(...keys.map((k) => lower.get(k) ?? 0));
  return lowerCount < mid;
}
