// "Skinfold Calipers", "Hydrostatic Weighing", "Size & Growth": a how-to page's headings and list items capitalise
// every word, and the text writes the same words in lower case ("skinfold calipers measure…"). Such a phrase is a
// topic, not a name.
import { GIVEN_NAMES, isKnownName } from './gazetteer';
import type { EntityGroup } from './group';
import { CONNECTORS } from './lexicon';
import type { Mention } from './mention';
import type { Token } from './tokenize';

// What numbers a heading or an item before its words: "3.", "10", "4 00" ("10 Best Budget Phones").
const NUMBERING = /^(?:\d+|\.|\))$/;

/** Index of the token opening the mention's line once the numbers before the mention are passed over. */
function afterNumbering(m: Mention, tokens: readonly Token[]): number {
  let k = m.from;
  while (k > 0 && tokens[k - 1]?.line === tokens[m.from]?.line && NUMBERING.test(tokens[k - 1]?.text ?? ''))
    k--;
  return k;
}

/**
 * The mention fills its line, numbers aside, or opens it before a colon ("Hydrostatic Weighing:") or a full
 * stop, as a heading or item does.
 */
function fillsLine(m: Mention, tokens: readonly Token[]): boolean {
  const first = tokens[m.from];
  const before = tokens[afterNumbering(m, tokens) - 1];
  const after = tokens[m.to];
  if (!first || (before && !breaksLine(before, first))) return false;
  if (after?.text === ':' || after?.text === '.') return breaksLine(first, tokens[m.to + 1]);
  return breaksLine(first, after);
}

/** Nothing, a line break, or a word of another line between `a` and `b`. */
const breaksLine = (a: Token, b: Token | undefined): boolean =>
  !b || b.text === '\n' || a.text === '\n' || a.line !== b.line;

/**
 * A name of two words or more written only as whole lines (or its first word opening a sentence: "Skinfold calipers
 * pinch…"), each of whose words the text writes in lower case too (`lower`: folded words → times written so); a
 * known name stays.
 */
export function isHeadingPhrase(
  g: EntityGroup,
  tokens: readonly Token[],
  lower: ReadonlyMap<string, number>,
): boolean {
  const keys = [...g.keys].filter((k) => k.includes(' '));
  if ([...g.keys].some(isKnownName)) return false;
  if (keys.length === 0) return isHeadingWord(g, tokens, lower);
  if (!g.mentions.every((m) => fillsLine(m, tokens) || (m.initial && !m.surface.includes(' ')))) return false;
  return keys.every((k) =>
    k
      .split(' ')
      .filter((w) => !CONNECTORS.has(w) && w !== '&')
      .every((w) => (lower.get(w) ?? 0) > 0),
  );
}

/**
 * The mention opens its line, numbers aside, or comes second after a word that opens it and announces no person
 * ("Are Bicycles allowed?", "Pre-Workout Supplement").
 */
function opensLine(m: Mention, tokens: readonly Token[]): boolean {
  const first = tokens[m.from] as Token;
  const k = afterNumbering(m, tokens);
  const before = tokens[k - 1];
  if (!before || breaksLine(before, first)) return true;
  const opener = tokens[k - 2];
  return before.isWord && !m.personCue && (!opener || breaksLine(opener, before));
}

/**
 * "Bicycles", "Meal": one word written only where a heading, a label or a list item opens its line, and in lower
 * case elsewhere, is a common word such lines capitalise; no given name.
 */
function isHeadingWord(
  g: EntityGroup,
  tokens: readonly Token[],
  lower: ReadonlyMap<string, number>,
): boolean {
  if (g.keys.size !== 1) return false;
  const [key = ''] = g.keys;
  if ((lower.get(key) ?? 0) === 0 || GIVEN_NAMES.has(key)) return false;
  return g.mentions.every((m) => m.from + 1 === m.to && opensLine(m, tokens));
}
