// "firms like Yoti and Persona", "companies such as Arvex, Kelda or Trune", "agencies including Ofwat": a plural
// kind of body before "like", "such as" or "including" says the capitalised words listed after it are names, though
// the article writes each only once.
import { isDescriptor } from './descriptor-openers';
import { words } from './gazetteer/set';
import type { Token } from './tokenize';

/** Plural kinds of body that open such a list (besides the descriptors: "rivals", "lenders", "startups"). */
const KINDS = words(`
firms companies vendors brands apps platforms services banks agencies charities outlets chains websites providers
makers giants businesses groups labels studios unions
`);
const LIST_OPENERS = new Set(['like', 'including']);
// Names before the one at hand in the same list: "like A, B and C" reaches C across two.
const MAX_LISTED = 4;

const isKind = (t: Token | undefined): boolean =>
  t !== undefined && (KINDS.has(t.folded) || isDescriptor(t.folded));

/** The name starting at token `a` is listed after a plural kind of body ("firms like Yoti and Persona"). */
export const listedAfterKind = (tokens: readonly Token[], a: number): boolean =>
  listOpenerBefore(tokens, a, LIST_OPENERS, (k) => isKind(tokens[k - 1]));

/**
 * The index of the word opening the list the name starting at token `a` belongs to ("like", "including", one of
 * `openers`; "as" of "such as"), if `kindAt` says a kind stands before that word (`kindAt(k)`, `k` the opener's
 * index; "such" is skipped): the names listed before it, up to MAX_LISTED, are crossed.
 */
export function listOpenerBefore(
  tokens: readonly Token[],
  a: number,
  openers: ReadonlySet<string>,
  kindAt: (k: number) => boolean,
): boolean {
  const sentence = tokens[a]?.sentence;
  let k = a - 1;
  for (let listed = 0; listed <= MAX_LISTED; listed++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return false;
    if (openers.has(t.folded)) return kindAt(k);
    if (t.folded === 'as' && tokens[k - 1]?.folded === 'such') return kindAt(k - 1);
    if (t.text !== ',' && t.text !== 'and' && t.text !== 'or') return false;
    // The name listed before: capitalised words back to the previous separator.
    let m = k - 1;
    while (tokens[m]?.nameLike && !tokens[m]?.stop && tokens[m]?.sentence === sentence) m--;
    if (m === k - 1) return false;
    k = m;
  }
  return false;
}
