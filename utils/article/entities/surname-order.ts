import { firstInBody, firstOffset } from './first-offset';
import { GIVEN_NAMES, isTwoSyllableGivenName, PLACES } from './gazetteer';
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

// Times a word is written alone before a longer name opening with it, for the word to be a name of its own.
const TOLD_ALONE = 3;

/** "Tsai Ing-wen": a family name, then a romanised given name of two syllables; the family name alone is hers. */
const familyNameFirst = (ms: readonly Mention[] = []): boolean =>
  ms.some((m) => isTwoSyllableGivenName(m.surface.split(' ')[1] ?? ''));

/**
 * One-word keys the text writes alone (outside headlines) three times or more, the first of them before any
 * longer name that opens with the word, in a headline or not: « Rezé » told four times, then « l’association Rezé
 * Château-Pirmil », is the town, not the short name of the association. A word opening a full name the title gives
 * (`titleNames`: their keys) or a family name before a romanised given name ("Tsai", then "Tsai Ing-wen") is that
 * person's short name still.
 */
export function toldAloneFirst(
  byKey: ReadonlyMap<string, readonly Mention[]>,
  titleNames: Iterable<string> = [],
): Set<string> {
  const out = new Set<string>();
  const byFirst = new Map<string, string[]>();
  for (const f of byKey.keys()) {
    const ws = words(f);
    if (ws.length >= 2) byFirst.set(ws[0] ?? '', [...(byFirst.get(ws[0] ?? '') ?? []), f]);
  }
  const titled = new Set([...titleNames].map((f) => words(f)[0] ?? ''));
  for (const [k, longer] of byFirst) {
    const alone = byKey.get(k)?.filter((m) => !m.headline) ?? [];
    if (alone.length < TOLD_ALONE || titled.has(k) || longer.some((f) => familyNameFirst(byKey.get(f))))
      continue;
    const first = firstOffset(alone);
    if (longer.every((f) => firstOffset(byKey.get(f)) > first)) out.add(k);
  }
  return out;
}
