import { ORG_WORDS, PLACE_WORDS } from './gazetteer';
import type { Mention } from './mention';
import type { MergePass } from './merge-pass';
import { nameKey } from './normalize';
import { isNameToken } from './span';
import { isGivenName } from './titles';
import type { Token } from './tokenize';

// « Mathieu « ZywOo » Herbaut », “Dan “apEX” Madesclaire”: a nickname quoted between a given name and a surname is
// the person's; the press writes it so once, then the nickname alone, which is the same person.
const CLOSING = new Map([
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
]);

/** A word that opens a person's name: a given name, or a capitalised word never written in lower case. */
const opensPerson = (t: Token, lower: ReadonlyMap<string, number>): boolean =>
  !t.loud &&
  !ORG_WORDS.has(t.folded) &&
  !PLACE_WORDS.has(t.folded) &&
  (isGivenName(t.folded) || (lower.get(t.folded) ?? 0) === 0);

/** Where tokens[at] opens « Given « Nick » Surname »: one past the surname, or -1. */
function nicknamedEnd(tokens: readonly Token[], at: number, lower: ReadonlyMap<string, number>): number {
  const given = tokens[at];
  const [open, nick, close, surname] = [tokens[at + 1], tokens[at + 2], tokens[at + 3], tokens[at + 4]];
  if (!given || !open || !close || !nick?.isWord || !surname || CLOSING.get(open.text) !== close.text)
    return -1;
  if (!isNameToken(surname) || surname.loud || surname.sentence !== given.sentence) return -1;
  // A straight quote opens or closes alike: it must hug the nickname ("DisGrace" or "Gucci Grace" has none).
  if (open.text === '"' && (nick.start !== open.start + 1 || close.start !== nick.start + nick.text.length))
    return -1;
  return opensPerson(given, lower) && (lower.get(surname.folded) ?? 0) === 0 ? at + 5 : -1;
}

/**
 * Widens a one-word mention that opens « Given « Nick » Surname » to the whole name, and drops the mentions of the
 * nickname and the surname inside it. `mentions` is changed in place.
 */
export function joinQuotedNicknames(
  mentions: Mention[],
  tokens: readonly Token[],
  text: string,
  lower: ReadonlyMap<string, number>,
): void {
  const inside = new Set<number>();
  for (const m of mentions) {
    if (m.to - m.from !== 1 || inside.has(m.from)) continue;
    const end = nicknamedEnd(tokens, m.from, lower);
    if (end < 0) continue;
    const last = tokens[end - 1] as Token;
    m.surface = text.slice((tokens[m.from] as Token).start, last.start + last.text.length);
    m.to = end;
    m.personCue = true;
    m.after = [tokens[end]?.folded ?? '', tokens[end + 1]?.folded ?? ''];
    for (let k = m.from + 1; k < end; k++) inside.add(k);
  }
  if (inside.size === 0) return;
  let n = 0;
  for (const m of mentions) if (!inside.has(m.from)) mentions[n++] = m;
  mentions.length = n;
}

/** The nickname alone, the surname alone, and the name without the nickname join the nicknamed name. */
export const mergeQuotedNicknames: MergePass = (keys, byKey, uf) => {
  for (const k of keys) {
    if (!k.includes(' ')) continue;
    const surface = byKey.get(k)?.[0]?.surface ?? '';
    for (const [open, close] of CLOSING) {
      const a = surface.indexOf(open);
      const b = a < 0 ? -1 : surface.indexOf(close, a + 1);
      if (b < 0) continue;
      const ws = k.split(' ');
      // The nickname, the surname, and the given name and surname written without the nickname.
      const forms = [nameKey(surface.slice(a + 1, b).trim()), ws.at(-1) ?? '', `${ws[0]} ${ws.at(-1)}`];
      for (const f of forms) if (byKey.has(f)) uf.union(k, f);
      break;
    }
  }
};
