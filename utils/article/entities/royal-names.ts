// "Prince William", "King Charles III", "Queen Camilla": in English, royals are known by the title and a given
// name.
import { isGivenName } from './titles';
import type { Token } from './tokenize';

const ROYAL = new Set(['king', 'queen', 'prince', 'princess']);
const REGNAL = /^[IVX]+$/;

/** tokens[a..b) is a royal title, one given name and maybe a regnal number: the title is the name's. */
export function isRoyalName(tokens: readonly Token[], a: number, b: number): boolean {
  const title = tokens[a];
  const given = tokens[a + 1];
  if (!title || !given || !ROYAL.has(title.folded) || !/^\p{Lu}/u.test(title.text)) return false;
  const rest = b - a - 2;
  return isGivenName(given.folded) && (rest === 0 || (rest === 1 && REGNAL.test(tokens[a + 2]?.text ?? '')));
}

/** The words of a key ("prince william", "king charles iii") name a royal as isRoyalName reads them. */
export function isRoyalKey(ws: readonly string[]): boolean {
  const [title = '', given = '', regnal, ...more] = ws;
  return (
    ROYAL.has(title) &&
    isGivenName(given) &&
    more.length === 0 &&
    (regnal === undefined || /^[ivx]+$/.test(regnal))
  );
}

// Titles set after a given name by a comma: "Diana, Princess of Wales", "Anne, Princess Royal", "Sarah, Duchess of
// York".
const STYLED = new Set([...ROYAL, 'duchess', 'duke', 'countess', 'earl', 'lady', 'lord']);

/**
 * A one-word given name styled by a title after a comma ("Diana, Princess of Wales"): a person, though a given name
 * alone says nothing (a storm, a brand, a ship are named so).
 */
export function styledGivenName(key: string, after: readonly string[]): boolean {
  return after[0] === ',' && STYLED.has(after[1] ?? '') && !key.includes(' ') && isGivenName(key);
}
