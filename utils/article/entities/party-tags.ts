// "Sen. Jane Doe, D-Mass.", "Rep. Dale Ross, R-Texas": US news tags a lawmaker with party and state.
import { PLACES, US_STATE_ABBREVIATIONS } from './gazetteer';

/** "D-Mass.", "R-Texas", "I-Vt.": a party's initial and a state, the tag after a lawmaker's name, no name itself. */
export function isPartyTag(surface: string): boolean {
  const m = /^[RDI]-(\p{Lu}[\p{L}.]*)$/u.exec(surface);
  if (!m) return false;
  const state = (m[1] ?? '').replace(/\./g, '').toLowerCase();
  return US_STATE_ABBREVIATIONS.has(state) || PLACES.has(state);
}

// "a Cartersville Republican", "a Decatur Democrat": US news names a lawmaker's home town and party; the party
// word is no part of the town's name ("the Springfield Republican", a newspaper, keeps its article).
const PARTY_MEMBERS = new Set(['republican', 'democrat']);
const INDEFINITE = new Set(['a', 'an']);

/** The span tokens[a..b) is "a Town Republican": its last word is the member's party. */
export function endsWithPartyMember(tokens: readonly { folded: string }[], a: number, b: number): boolean {
  return (
    b - a >= 2 &&
    PARTY_MEMBERS.has(tokens[b - 1]?.folded ?? '') &&
    INDEFINITE.has(tokens[a - 1]?.folded ?? '')
  );
}

// "Republican Phil Bryant", "Democrat Jim Hood": US news writes the party before a politician's name.
const PARTY_BEFORE = new Set(['republican', 'democrat']);

/**
 * tokens[a] is a party member's word before a given name and a surname ("Republican Phil Bryant"): a person cue,
 * no part of the name; "Republican Party" and "Republican National Committee" stay whole.
 */
export function opensWithPartyMember(
  tokens: readonly { folded: string }[],
  a: number,
  b: number,
  isGivenName: (w: string) => boolean,
): boolean {
  return b - a >= 3 && PARTY_BEFORE.has(tokens[a]?.folded ?? '') && isGivenName(tokens[a + 1]?.folded ?? '');
}
