// « il a succédé cet automne à Aviel Cahn », « elle a répondu hier à Léa Roux »: French verbs that take a person
// with « à » name who, not where, even with a short adverbial between the verb and « à ». A mention sees two
// words before it only, so the verb is looked for here, once per mention after « à ».
import type { Mention } from './mention';
import type { Token } from './tokenize';

// The verbs, folded, in their common forms (infinitive, present, participles, imperfect, future): « succédé »,
// « répondait », « téléphonera »; « hommage » stands for « rendre hommage à ».
const ADDRESSING =
  /^(?:(?:succed|repond|telephon|parl|demand|reproch|adress)(?:e|es|ent|er|ez|ons|ee|ees|es|ant|ait|aient|era|erait|eront|u|ue|ra|rait|re)|ecri(?:t|re|vait|vent|vant|ra|rait)|hommage)$/;
// « à », « au », « aux » before the name.
const TO = new Set(['a', 'au', 'aux']);
// Function words that open another complement: « a parlé aux élus à Lyon » sets the talk in Lyon.
const COMPLEMENT_OPENERS = new Set(
  'a au aux de du des d en dans pour avec par sur sous chez vers entre depuis apres avant pendant'.split(' '),
);
/** At most this many words of an adverbial between the verb and « à » (« cet automne », « hier », « lui-même »). */
const MAX_GAP = 3;

/** Whether the verb before the « à » at `to` takes a person, across a short adverbial. */
function addressedAt(tokens: readonly Token[], to: number): boolean {
  const sentence = tokens[to]?.sentence;
  for (let i = to - 1; i >= 0 && i >= to - 1 - MAX_GAP; i--) {
    const t = tokens[i] as Token;
    if (!t.isWord || t.capital || t.sentence !== sentence) return false;
    if (ADDRESSING.test(t.folded)) return true;
    if (COMPLEMENT_OPENERS.has(t.folded)) return false;
  }
  return false;
}

/** Marks the French mentions a verb addresses through « à » (see `Mention.addressed`). */
export function markAddressed(mentions: readonly Mention[], tokens: readonly Token[]): void {
  for (const m of mentions) {
    if (TO.has(m.before[0] ?? '') && addressedAt(tokens, m.from - 1)) m.addressed = true;
  }
}
