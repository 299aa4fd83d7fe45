// "Sen. Jane Doe, D-Mass.", "Rep. Dale Ross, R-Texas": US news tags a lawmaker with party and state.
import { PLACES, US_STATE_ABBREVIATIONS } from './gazetteer';

/** "D-Mass.", "R-Texas", "I-Vt.": a party's initial and a state, the tag after a lawmaker's name, no name itself. */
export function isPartyTag(surface: string): boolean {
  const m = /^[RDI]-(\p{Lu}[\p{L}.]*)$/u.exec(surface);
  if (!m) return false;
  const state = (m[1] ?? '').replace(/\./g, '').toLowerCase();
  return US_STATE_ABBREVIATIONS.has(state) || PLACES.has(state);
}
