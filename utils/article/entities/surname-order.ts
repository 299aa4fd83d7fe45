import { firstInBody, firstOffset } from './first-offset';
import { GIVEN_NAMES, PLACES } from './gazetteer';
import type { Mention } from './mention';

const words = (key: string): string[] => key.split(' ');

// Articles before a thing's name, never before a surname: "the Jupiter moon", « la Loire ».
const ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'un', 'une']);

/** A town and its side's nickname ("Cleveland Browns", "New York Knicks"): the nickname may come first. */
const namesSide = (ws: readonly string[]): boolean =>
  PLACES.has(ws[0] ?? '') || PLACES.has(ws.slice(0, -1).join(' '));

/**
 * For each one-word key, the longer names ending with it that the text writes only after writing the word alone
 * with an article: a thing's name, no surname of the later name ("The Jupiter moon" … "the Galileo Jupiter probe").
 * A lead may name a person by the surname before the full name ("Thornbury's third novel" … "Maeve Thornbury"),
 * never after "the". A full name opened by a known given name stays a person's, a town's side its nickname's
 * ("the Browns" … "Cleveland Browns").
 */
export function writtenBeforeFullNames(
  byKey: ReadonlyMap<string, readonly Mention[]>,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const byLast = new Map<string, string[]>();
  for (const f of byKey.keys()) {
    const ws = words(f);
    if (ws.length < 2 || GIVEN_NAMES.has(ws[0] ?? '') || namesSide(ws)) continue;
    const last = ws.at(-1) ?? '';
    byLast.set(last, [...(byLast.get(last) ?? []), f]);
  }
  for (const [k, longer] of byLast) {
    const alone = byKey.get(k)?.filter((m) => !m.headline && ARTICLES.has(m.before[0] ?? ''));
    if (!alone?.length) continue;
    const first = firstOffset(alone);
    const later = longer.filter((f) => firstInBody(byKey.get(f) ?? []) > first);
    if (later.length > 0) out.set(k, new Set(later));
  }
  return out;
}
