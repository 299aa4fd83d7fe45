// "won the Masters", "at the Olympics": a few events are named by one plural word that is also an event's generic
// word (see EVENT_WORDS). Written with "the", inside sentences every time, the word is the event's name; "a Masters
// degree" or a heading's "Masters" is not.
import type { EntityGroup } from './group';

const PLURAL_EVENTS = new Set(['masters', 'olympics', 'paralympics']);

/** The group is one of PLURAL_EVENTS, each mention outside headlines inside a sentence and right after "the". */
export function namesPluralEvent(g: EntityGroup): boolean {
  if (g.keys.size !== 1 || !PLURAL_EVENTS.has([...g.keys][0] ?? '')) return false;
  const body = g.mentions.filter((m) => !m.headline);
  return body.length > 0 && body.every((m) => !m.initial && m.before[0] === 'the');
}

// The adjectives of those events ("the triple Olympic champion", "a Paralympic record"): alone, they qualify a
// noun and name nothing; "Olympic Games" and "Olympic Stadium" are names of more words.
const EVENT_ADJECTIVES = new Set(['olympic', 'paralympic']);

/** The folded word is an event's adjective (see EVENT_ADJECTIVES). */
export const isEventAdjective = (key: string): boolean => EVENT_ADJECTIVES.has(key);
