// "the worst-hit areas being Clifden, Westport, Belmullet and Castlebar", "warnings for Clare, Sligo, Donegal and
// Kerry": three or more capitalised words listed with commas and a closing "and" or "or" inside one sentence are
// names of one kind, though the article writes each only once (live blogs and briefs list places so).
import type { Token } from './tokenize';

/** The words that close a list of names: "and", "or", « et », « ou ». */
export const JOINS: ReadonlySet<string> = new Set(['and', 'or', 'et', 'ou']);
// "the law firm of Sheppard, Mullin, Richter and Hampton": partners' names listed after "firm of" are one body's.
const FIRMS = new Set(['firm', 'company', 'partnership', 'practice', 'cabinet']);
const OPENING_QUOTES = new Set(['“', '"', '«', '‘']);
const CONNECTORS = new Set(['of', 'for', 'de', 'du', 'des']);
// Words an item may hold: "Clare", "Co Galway", "Castlebar West"; a longer run is a title or a phrase.
const MAX_ITEM = 3;
const MIN_ITEMS = 3;

const isItemWord = (t: Token | undefined, sentence: number): boolean =>
  t?.nameLike === true && !t.headline && !t.stop && t.sentence === sentence;

// An item ends at no capitalised word: "Hoi" of "Hoi An" is no item ("An" is a stopword).
const bounds = (t: Token | undefined): boolean => t?.capital !== true;

/** Start of the item that ends just before `end`, or -1. */
function itemStart(tokens: readonly Token[], end: number, sentence: number): number {
  let s = end;
  while (s > 0 && end - s < MAX_ITEM && isItemWord(tokens[s - 1], sentence)) s--;
  return s < end && bounds(tokens[s - 1]) ? s : -1;
}

/** One past the item that starts at `start`, or -1. */
function itemEnd(tokens: readonly Token[], start: number, sentence: number): number {
  let e = start;
  while (e - start < MAX_ITEM && isItemWord(tokens[e], sentence)) e++;
  return e > start && bounds(tokens[e]) ? e : -1;
}

/**
 * The list opens at `first` after a quotation mark (“Free, Prior and Informed Consent”: a phrase's capitals), after
 * "firm of" (partners' names) or after a capitalised word and a connector ("Division of Forestry, Fire and State
 * Lands": a body's remit).
 */
function opensPhrase(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  const head = tokens[first - 2];
  if (OPENING_QUOTES.has(before?.text ?? '')) return true;
  return CONNECTORS.has(before?.folded ?? '') && (FIRMS.has(head?.folded ?? '') || head?.capital === true);
}

/**
 * The items, as [from, to), of the list of at least three names closed by "and" or "or" that holds the one-word
 * name at tokens[a] (it among them); null when it is in no such list.
 */
export function listItems(tokens: readonly Token[], a: number, b: number): Array<[number, number]> | null {
  const sentence = tokens[a]?.sentence;
  if (b - a !== 1 || sentence === undefined || !bounds(tokens[a - 1]) || !bounds(tokens[b])) return null;
  const items: Array<[number, number]> = [[a, b]];
  let closed = false;
  // Leftwards: "… , Belmullet and [Castlebar]" or "… , Westport, [Belmullet]".
  for (let k = a - 1; tokens[k]?.sentence === sentence; ) {
    const sep = tokens[k]?.text ?? '';
    const join = JOINS.has(sep);
    if (sep !== ',' && !join) break;
    if (join && (items.length > 1 || closed)) break;
    const end = tokens[k - 1]?.text === ',' && join ? k - 1 : k;
    const s = itemStart(tokens, end, sentence);
    if (s < 0) break;
    closed ||= join;
    items.unshift([s, end]);
    k = s - 1;
  }
  // Rightwards: "[Clifden], Westport, … and Castlebar".
  for (let k = b; !closed && tokens[k]?.sentence === sentence; ) {
    let sep = tokens[k]?.text ?? '';
    if (sep === ',' && JOINS.has(tokens[k + 1]?.text ?? '')) sep = tokens[++k]?.text ?? '';
    if (sep !== ',' && !JOINS.has(sep)) break;
    const e = itemEnd(tokens, k + 1, sentence);
    if (e < 0) break;
    items.push([k + 1, e]);
    closed = JOINS.has(sep);
    k = e;
  }
  const first = items[0]?.[0] ?? a;
  return closed && items.length >= MIN_ITEMS && !opensPhrase(tokens, first) ? items : null;
}

/** The one-word name at tokens[a] is an item of a list of at least three names closed by "and" or "or". */
export const inNameList = (tokens: readonly Token[], a: number, b: number): boolean =>
  listItems(tokens, a, b) !== null;
