// "The Columbus-based nonprofit", "the London-born singer", "the Musk-owned platform": English compounds name a
// place, a body or a person before a participle glued by a hyphen. The word before is a name, though written once
// inside one sentence; "-born" says it is a place, and "-based" mostly does.
import type { Token } from './tokenize';

// Participles that make an adjective of the name before them; the tokenizer splits them off (see pushWord).
const NAMING_TAILS = new Set(
  'based born bred raised headquartered led owned run backed funded controlled sponsored founded'.split(' '),
);
// Where someone comes from: the name before is a place's.
const BIRTH_TAILS = new Set(['born', 'bred', 'raised']);
// Where something is: a place's name mostly ("Columbus-based"), though software is "Debian-based" too.
const SEAT_TAILS = new Set(['based', 'headquartered']);

/**
 * The participle glued by a hyphen to the name ending before tokens[b] ("Columbus-based" gives "based"), or
 * undefined.
 */
export function namingTail(tokens: readonly Token[], text: string, b: number): string | undefined {
  const last = tokens[b - 1];
  const next = tokens[b];
  if (!last || !next || !NAMING_TAILS.has(next.text)) return undefined;
  const end = last.start + last.text.length;
  return next.start === end + 1 && /[-‐‑]/.test(text[end] ?? '') ? next.text : undefined;
}

/** "the London-born singer": the name before the tail is where someone was born or raised, a place. */
export const isBirthTail = (tail: string | undefined): boolean => tail !== undefined && BIRTH_TAILS.has(tail);

/**
 * "the Columbus-based nonprofit": where a body is based, a place, when the text writes the name so at half its
 * mentions at least; "Debian-based Mint" once on a page about Debian says what the software is built on.
 */
export const isSeatTail = (tail: string | undefined): boolean => tail !== undefined && SEAT_TAILS.has(tail);
