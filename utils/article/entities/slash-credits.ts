import type { EntityGroup } from './group';
import type { Mention } from './mention';

// A caption closes on its picture's credit: an agency written in capitals and its photographer, joined by a slash
// (« KEYSTONE/Laurent Gillieron », "Jane Doe/AFP", "REUTERS/Jo Bloggs"), the last words of the line.
// The photographer's name is written as names are, a capital then small letters, in two words or more: capitals
// on both sides of the slash are a pair of names (« LR/UDI »).
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’][\p{L}\p{M}'’.-]*`;
const AGENCY = String.raw`\p{Lu}[\p{Lu}\d&.-]+(?: \p{Lu}[\p{Lu}\d&.-]+)?`;
const NAME = `${WORD}(?:[ -]${WORD}){1,3}`;
const AGENCY_FIRST = new RegExp(String.raw`(?:^|[\s.,;:(—–])(${AGENCY} ?/ ?${NAME})[\s.)]*$`, 'u');
const AGENCY_LAST = new RegExp(String.raw`(?:^|[\s.,;:(—–])(${NAME} ?/ ?${AGENCY})[\s.)]*$`, 'u');

/** Where the credit closing the line that holds `at` starts, or -1 when the line closes on none. */
function creditStart(text: string, at: number): number {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? text.length : end);
  const found = AGENCY_FIRST.exec(line) ?? AGENCY_LAST.exec(line);
  const credit = found?.[1];
  if (!found || !credit) return -1;
  return start + found.index + found[0].indexOf(credit);
}

const inCredit = (m: Mention, text: string): boolean => {
  const from = creditStart(text, m.offset);
  return from >= 0 && m.offset >= from;
};

/** Every mention of the group is in a picture's credit closing a caption: the agency or its photographer. */
export const isSlashCredit = (g: EntityGroup, text: string): boolean =>
  g.mentions.every((m) => inCredit(m, text));
