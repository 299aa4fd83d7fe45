import { isAcronymLike } from './acronyms';
import { actsIn } from './acts';
import { frenchPlaceShape } from './french-place-shapes';
import { PLACES } from './gazetteer';
import type { EntityGroup } from './group';
import type { Mention } from './mention';

// « L’Anses a publié un avis », « selon l’Ademe », « l’Arcom recommande »: French writes its agencies' short names as
// one capitalised word after « l’ », then has them act or be quoted. No person is written after « l’ »; a place is
// (« l’Italie a annoncé »), so known places and place-shaped words keep their type.

// « la préfecture de l’Isère a ordonné »: after « de », the name completes the subject that acts.
const OF = new Set(['de', 'du', 'des']);

/** The group's mention acts (« l’Anses a publié ») or is the source quoted (« selon l’Anses »). */
const acts = (m: Mention): boolean => (actsIn(m) && !OF.has(m.before[0] ?? '')) || m.before[0] === 'selon';

/**
 * A one-word French name, never an acronym in capitals (those have their own votes), written after « l’ » only and
 * acting or quoted there at least once: a body, most often an agency.
 */
export function actsAsElidedBody(g: EntityGroup, lang: string): boolean {
  if (lang !== 'fr' || g.keys.size !== 1) return false;
  const [key = ''] = g.keys;
  if (/\s/.test(key) || PLACES.has(key)) return false;
  const surfaces = [...g.surfaces.keys()];
  if (surfaces.some((s) => isAcronymLike(s) || frenchPlaceShape(s))) return false;
  const body = g.mentions.filter((m) => !m.headline);
  return body.length > 0 && body.every((m) => m.elided) && body.some(acts);
}

/**
 * « L’Inrae a publié un avis. […] L’Inrae estime… »: the same short word opening sentences after « L’ » only, at
 * least twice, acting or quoted there, is such a body too, though no mention stands inside a sentence: a common
 * noun (« L’Hiver arrive ») is written in lower case elsewhere, which the caller checks. One capital then lower
 * case, four to six letters, as agencies read their acronyms (« Inrae », « Anses », « Arcep »).
 */
export function opensAsElidedBody(g: EntityGroup, body: readonly Mention[], lang: string): boolean {
  if (lang !== 'fr' || body.length < 2 || g.keys.size !== 1) return false;
  const [key = ''] = g.keys;
  if (key.length < 4 || key.length > 6 || key.includes(' ') || PLACES.has(key)) return false;
  for (const s of g.surfaces.keys()) {
    const rest = s.slice(1);
    if (s[0] === s[0]?.toLowerCase() || rest !== rest.toLowerCase() || frenchPlaceShape(s)) return false;
  }
  return body.every((m) => m.elided && m.initial) && body.some(acts);
}
