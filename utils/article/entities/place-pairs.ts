// "the Belgrade-Pristina dialogue", "the London-Paris route": two places joined by a hyphen name a relation or a
// route between them, no place of its own, when the text also names each alone.
import { PLACES } from './gazetteer';
import { nameKey } from './normalize';

/**
 * Every surface is "A-B" where the text names A and B alone (`names`: its keys) and one of them at least is a
 * known place. "Bosnia-Herzegovina" stays, its second half never written alone.
 */
export function isPlacePair(surfaces: readonly string[], names: ReadonlySet<string> | undefined): boolean {
  if (!names) return false;
  return surfaces.every((s) => {
    // Most surfaces have no hyphen, and so no two parts.
    if (!s.includes('-')) return false;
    const parts = s.split('-').map(nameKey);
    return (
      parts.length === 2 &&
      parts.every((p) => p.length > 2 && names.has(p)) &&
      parts.some((p) => PLACES.has(p))
    );
  });
}
