// "clients including Walmart and Home Depot", "rivals such as CATL and BYD", « comme l’Efluelda de Sanofi ou le
// Fluad de CSL Seqirus »: a name given as an example is one of several the article could have named, in passing.
import type { EntityGroup } from './group';
import type { Mention } from './mention';
import type { Token } from './tokenize';

/** Words that open a list of examples on their own. */
const OPENERS = new Set(['including', 'like', 'comme', 'notamment']);
/** Second words of two-word openers, by their first: "such as", « tels que », « y compris ». */
const PAIRS = new Map([
  ['as', new Set(['such'])],
  ['que', new Set(['tel', 'tels', 'telle', 'telles'])],
  ['compris', new Set(['y'])],
]);
/** What may stand between the opener and a name listed after it: other names, separators and articles. */
const BETWEEN = new Set([
  ',',
  'and',
  'or',
  'the',
  'of',
  '&',
  'et',
  'ou',
  'le',
  'la',
  'les',
  'l',
  'de',
  'du',
  'des',
  'd',
  'au',
  'aux',
]);
// How far back from the name the opener may stand: "comme l’Efluelda de Sanofi ou le Fluad de CSL Seqirus".
const REACH = 12;

/** The token at `i` opens a list of examples. */
function opens(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (OPENERS.has(t.folded)) return true;
  return PAIRS.get(t.folded)?.has(tokens[i - 1]?.folded ?? '') ?? false;
}

/** The mention is listed after an example opener, only names, separators and articles between. */
export function isExample(m: Mention, tokens: readonly Token[]): boolean {
  for (let i = m.from - 1; i >= 0 && i >= m.from - REACH; i--) {
    const t = tokens[i] as Token;
    if (t.sentence !== m.sentence) return false;
    if (opens(tokens, i)) return true;
    if (!t.nameLike && !BETWEEN.has(t.folded)) return false;
  }
  return false;
}

/** Every mention of the group outside headline lines gives it as an example (see `isExample`). */
export function onlyExamples(g: EntityGroup, tokens: readonly Token[]): boolean {
  const told = g.mentions.filter((m) => !m.headline);
  return told.length > 0 && told.every((m) => isExample(m, tokens));
}
