// « le Major de Counter-Strike 2 », « l’Open de Rocket League 3 »: after an event's word, « de » and a numbered
// game's name say what the event is played on; the game is a name of its own, which the text names alone too, and
// the event is named by its word (« le Major ») or its town (« le Major de Cologne »). A place (« la Coupe de
// France 2025 »), a league (« Coupe de Ligue 2 ») or one common word and a number (« Grand Prix de Formule 1 »)
// stay in the event's name.
import { EVENT_WORDS, ORG_WORDS, PLACES, PRODUCTS } from './gazetteer';
import { nameKey } from './normalize';
import type { Token } from './tokenize';

// Event words, folded, and the one esports and golf use for their biggest events.
const EVENTS = new Set([...EVENT_WORDS, 'major']);
const OF = new Set(['de', 'du']);
const COUNT = /^\d{1,2}$/;
// A word joined to a capitalised one by a hyphen (« Counter-Strike »), read on its letters as written.
const DASHED_CAPITAL = /-[A-Z]/;

/** A French event's word heads the name: folded, as in EVENT_WORDS, and « Major ». */
export const isEventOpener = (folded: string): boolean => EVENTS.has(folded);

const nameWord = (t: Token | undefined, sentence: number): t is Token =>
  t?.nameLike === true && !t.headline && !t.stop && t.sentence === sentence;

/**
 * The particle at `at`, `skip` tokens long, sits between an event's word and a numbered game's name: the
 * name ends before it (see above).
 */
export function gameAfterEvent(tokens: readonly Token[], at: number, skip: number): boolean {
  const event = tokens[at - 1];
  if (event === undefined || !EVENTS.has(event.folded) || !OF.has(tokens[at]?.text ?? '')) return false;
  const from = at + skip;
  const first = tokens[from];
  if (!nameWord(first, event.sentence)) return false;
  let k = from;
  while (k < from + 3 && nameWord(tokens[k], event.sentence)) k++;
  const count = tokens[k];
  if (count === undefined || !COUNT.test(count.text) || nameWord(tokens[k + 1], event.sentence)) return false;
  const head = first.folded.split('-')[0] ?? '';
  if (PLACES.has(head) || PLACES.has(first.folded) || EVENTS.has(first.folded) || ORG_WORDS.has(first.folded))
    return false;
  const words = tokens
    .slice(from, k)
    .map((t) => t.text)
    .join(' ');
  const key = nameKey(words);
  if (PLACES.has(key)) return false;
  return k - from > 1 || DASHED_CAPITAL.test(first.text) || PRODUCTS.has(key);
}
