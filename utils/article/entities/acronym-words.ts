// "the Artificial Intelligence Act" … "the AI Act", "National Health Service England" … "NHS England": a name
// written in full, then with some of its words cut to their initials; a reader takes both for one.
import { isAcronymLike } from './acronyms';
import { CONNECTORS } from './lexicon';
import type { MergePass } from './merge-pass';

/** The first letters of a name's words, its connectors left out: "union europeenne" gives "ue". */
export const initials = (ws: readonly string[]): string =>
  ws
    .filter((w) => !CONNECTORS.has(w))
    .map((w) => w[0])
    .join('');

/** The full names `short` stands for: the same words around, and its acronym's letters opening the words between. */
function expansions(short: string, surface: string, fulls: readonly string[]): string[] {
  const ws = short.split(' ');
  const written = surface.split(/[\s\-’']+/u);
  if (written.length !== ws.length) return [];
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const acronym = ws[i] ?? '';
    if (acronym.length < 2 || !isAcronymLike(written[i] ?? '')) continue;
    const before = ws.slice(0, i);
    const after = ws.slice(i + 1);
    for (const f of fulls) {
      const fw = f.split(' ');
      const middle = fw.slice(before.length, fw.length - after.length);
      if (middle.length < acronym.length || fw.length !== before.length + middle.length + after.length)
        continue;
      const same = (a: readonly string[], b: readonly string[]): boolean => a.every((w, j) => w === b[j]);
      if (same(before, fw) && same(after, fw.slice(fw.length - after.length)) && initials(middle) === acronym)
        out.push(f);
    }
  }
  return out;
}

/**
 * Joins a name of two words or more, one an acronym, to the one name that spells that acronym's words out and
 * keeps the others ("AI Act" and "Artificial Intelligence Act"), unless the short name is joined already. Names are compared with those ending with the
 * same word, or opening with it when the acronym ends the short name.
 */
export const mergeAcronymWords: MergePass = (keys, byKey, uf) => {
  const byEnd = new Map<string, string[]>();
  const byStart = new Map<string, string[]>();
  for (const k of keys) {
    if (!k.includes(' ')) continue;
    const ws = k.split(' ');
    byEnd.set(ws.at(-1) ?? '', [...(byEnd.get(ws.at(-1) ?? '') ?? []), k]);
    byStart.set(ws[0] ?? '', [...(byStart.get(ws[0] ?? '') ?? []), k]);
  }
  // A short name already joined to another ("Gold Standard BRT" to "BRT") is taken: it would chain two names.
  const size = new Map<string, number>();
  for (const k of keys) size.set(uf.find(k), (size.get(uf.find(k)) ?? 0) + 1);
  for (const k of keys) {
    const surface = byKey.get(k)?.[0]?.surface;
    if (!surface || !k.includes(' ') || (size.get(uf.find(k)) ?? 0) > 1) continue;
    const ws = k.split(' ');
    const near = [...(byEnd.get(ws.at(-1) ?? '') ?? []), ...(byStart.get(ws[0] ?? '') ?? [])];
    const fulls = [
      ...new Set(
        expansions(
          k,
          surface,
          near.filter((f) => f.length > k.length),
        ),
      ),
    ];
    if (fulls[0] && new Set(fulls.map((f) => uf.find(f))).size === 1) uf.union(k, fulls[0]);
  }
};
