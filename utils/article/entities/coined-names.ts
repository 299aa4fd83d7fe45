// "The inquiry, codenamed Operation Tarnside", « une opération baptisée « Eastwood » »: a name the article
// coins for what it tells of (an inquiry, a plan, a project) is one of its subjects, however seldom repeated.
import type { EntityGroup } from './group';
import type { Mention } from './mention';
import type { Token } from './tokenize';

// Verbs that give a thing its name, folded: "codenamed", "dubbed", « baptisée ». Not « surnommé »: a nickname
// (« Karim Z., surnommé « Padre » ») is one more name of a person already listed.
const NAMING = new Set(
  'codenamed code-named dubbed baptise baptisee baptises baptisees denomme denommee denommes denommees'.split(
    ' ',
  ),
);
// What may stand between the verb and the name: quotation marks and an article.
const BETWEEN = new Set(['«', '»', '"', '“', '‘', "'", 'the', 'le', 'la', 'l']);
// How far back from the name the verb may stand.
const REACH = 3;

/** The mention follows a naming verb, only quotation marks or an article between. */
export function isCoined(m: Mention, tokens: readonly Token[]): boolean {
  for (let i = m.from - 1; i >= 0 && i >= m.from - REACH; i--) {
    const t = tokens[i] as Token;
    if (t.sentence !== m.sentence) return false;
    if (NAMING.has(t.folded)) return true;
    if (!BETWEEN.has(t.folded)) return false;
  }
  return false;
}

/** The text outside headline lines coins the name (see `isCoined`). */
export const coinedIn = (g: EntityGroup, tokens: readonly Token[]): boolean =>
  g.mentions.some((m) => !m.headline && isCoined(m, tokens));
