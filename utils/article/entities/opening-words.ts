// "Live Performance Australia welcomed the report. … Live Performance Australia chief Evelyn Richardson said…": a
// capitalised word that opens a sentence before a name every time the text writes that name is the name's own,
// though the text writes it in lower case too ("live music") or it labels page furniture ("Live"). "Brave England
// were beaten" keeps its epithet apart: the text writes "England" elsewhere.

import { followsSubject } from './acts';
import { isDescriptorOpener } from './descriptor-openers';
import { isDemonym, isGenericWord } from './filter';
import { isNameQualifier } from './place-tails';
import { isOpeningAdverb, isOpeningPrepositionOrContact } from './sentence-openers';
import { isNameToken, isStop } from './span';
import { isGivenName } from './titles';
import type { Token } from './tokenize';

/**
 * Folded "opener rest" pairs → times the text writes that name word right behind that sentence opener; a pair
 * whose name runs on into a function word once (an auxiliary aside) is marked -1 for good (see opensEveryMention).
 */
type Behind = Map<string, number>;

// One count per text, made on the first span that needs it.
const counted = new WeakMap<readonly Token[], Behind>();

function behindOpeners(tokens: readonly Token[]): Behind {
  const known = counted.get(tokens);
  if (known) return known;
  const out: Behind = new Map();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    if (!prev.initial || t.initial || !t.capital || !isNameToken(t) || !isNameToken(prev)) continue;
    const key = `${prev.folded} ${t.folded}`;
    const seen = out.get(key) ?? 0;
    let end = i + 1;
    // The name ends with its line: a credit line ("Aisling Conneely" under a quote) runs on into nothing.
    while (isNameToken(tokens[end]) && tokens[end]?.line === t.line) end++;
    // An auxiliary after the name has it for subject ("Aisling Conneely has fallen"): no line's imperative.
    const after = tokens[end];
    const onward = after?.stop === true && after.line === t.line && !followsSubject(after.folded);
    out.set(key, seen < 0 || onward ? -1 : seen + 1);
  }
  counted.set(tokens, out);
  return out;
}

/**
 * Whether the sentence opener tokens[a] belongs to the name tokens[a..b): the text writes the next word with a
 * capital (`midCaps`, folded word → times capitalised inside sentences) twice or more and only ever right behind
 * this opener at a sentence's start, and no function word ever follows the name there: a line's imperative goes on
 * with one ("Follow Kestrel Air on…"), a name ends its line or a clause or a verb or a noun follows it ("…
 * welcomed", "… chief"); every mention is read alike. No function word, adverb, preposition, descriptor, qualifier
 * ("Former") nor people's word opens a name so, nor does any word before a given name ("Watch Joe Biden") or a generic word alone ("Add Men's").
 */
export function opensEveryMention(
  tokens: readonly Token[],
  a: number,
  b: number,
  midCaps: ReadonlyMap<string, number>,
  lang: string,
): boolean {
  const t = tokens[a];
  const next = tokens[a + 1];
  if (lang !== 'en' || !t?.initial || t.loud || b - a < 2 || next === undefined || isStop(t)) return false;
  const seen = midCaps.get(next.folded) ?? 0;
  // "Add Men's singles": a kind of thing or people alone after the opener is a heading's, not a name's.
  if (seen < 2 || isGivenName(next.folded) || (b - a === 2 && isGenericWord(next.folded))) return false;
  if (behindOpeners(tokens).get(`${t.folded} ${next.folded}`) !== seen) return false;
  return !(
    isOpeningAdverb(t.folded, lang) ||
    isOpeningPrepositionOrContact(t.folded, lang) ||
    isDescriptorOpener(t.folded, lang) ||
    isNameQualifier(t.folded) ||
    isDemonym(t.folded)
  );
}
