import type { EntityGroup } from './group';
import type { MergePass } from './merge-pass';
import { isNameToken } from './span';
import type { Token } from './tokenize';

// Words that name a storm by its kind, folded: "Typhoon Nakri", "Storm Éowyn", "Hurricane Milton", « la tempête
// Ciarán », « le cyclone Chido », « l’ouragan Irma ».
const STORM_WORDS = new Set(
  'storm typhoon hurricane cyclone tempete ouragan typhon cyclon tormenta huracan tifon sturm orkan'.split(
    ' ',
  ),
);

/**
 * "Storm Fionnuala, the sixth named storm, …": the kind opening a sentence before one capital word is the storm's
 * name's, though the text writes "storm" in lower case too. `words`: the span's folded words.
 */
export const opensStormName = (words: readonly string[]): boolean =>
  words.length === 2 && STORM_WORDS.has(words[0] ?? '');

// French kinds written in lower case before the storm's name, which they open: « l’ouragan Melissa ».
const FRENCH_STORM_WORDS = new Set(['ouragan', 'tempete', 'typhon', 'cyclone']);

/**
 * « l’ouragan Melissa a dévasté… »: where a one-word name at `a` follows the lower-case French kind right before
 * it, the kind's index (the storm's name is the pair, the given name alone a person's); else `a`.
 */
export function stormWordStart(tokens: readonly Token[], a: number, b: number): number {
  const kind = tokens[a - 1];
  if (b - a !== 1 || !kind || !FRENCH_STORM_WORDS.has(kind.folded) || kind.capital) return a;
  const name = tokens[a] as Token;
  return isNameToken(name) && !name.loud && kind.sentence === name.sentence ? a - 1 : a;
}

/** « l’ouragan Melissa », then « Melissa » alone: the storm's name without its kind is the same storm. */
export const mergeStormNames: MergePass = (keys, byKey, uf) => {
  for (const k of keys) {
    const cut = k.indexOf(' ');
    if (cut < 0 || !FRENCH_STORM_WORDS.has(k.slice(0, cut))) continue;
    const name = k.slice(cut + 1);
    if (!name.includes(' ') && byKey.has(name)) uf.union(name, k);
  }
};

/**
 * The group names a storm: its name opens with the kind ("Typhoon Nakri", "Tropical Storm Ana") or follows it
 * written apart (« la tempête Ciarán »). A storm is an event, not the person or the place its name could be; a
 * title or role before a mention ("actress Storm Reid") keeps the person.
 */
export function namesStorm(g: EntityGroup): boolean {
  if (g.mentions.some((m) => m.personCue)) return false;
  const opened = [...g.keys].some((k) => {
    const ws = k.split(' ');
    const at = ws[0] === 'tropical' ? 1 : 0;
    return ws.length === at + 2 && STORM_WORDS.has(ws[at] ?? '');
  });
  return opened || g.mentions.some(afterStormWord);
}

// Words before "storm" that make it a verb ("threatened to storm Parliament", "they will storm Congress").
const VERB_BEFORE = new Set('to will would could might may can should must did they we i you'.split(' '));

/** « la tempête Ciarán », "as storm Éowyn hit": the kind written in lower case just before the name. */
const afterStormWord = (m: EntityGroup['mentions'][number]): boolean =>
  STORM_WORDS.has(m.before[0] ?? '') && !VERB_BEFORE.has(m.before[1] ?? '');
