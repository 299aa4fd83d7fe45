/**
 * Scores ranked entity lists against the reader's gold, per language:
 *   real@10  share of the top 10 that are real entities of the article (a second name for an entity already
 *            listed counts as a miss: the reader sees it twice)
 *   key@5    share of the top 5 that are key entities (the issue's measure); also printed out of
 *            min(5, names listed, key entities of the page), the most a page with fewer key entities allows
 *   keyR@10  share of the key entities found in the top 10
 * Names match leniently, as the shared entity scorer does: case, accents, dots, a leading article and a trailing
 * 's are ignored, and one name may contain the other as whole words when they differ by at most 2x in length;
 * an exact match comes first, and a lenient one goes to an entity not yet listed.
 */
import type { GoldPage } from './entities-corpus';

const strip = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
/** The shared scorer's normalisation of a name. */
export const norm = (s: string): string =>
  strip(s)
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\./g, '')
    .replace(/ ?'s$/, '')
    .replace(/^(the|le|la|les|l') ?/, '')
    .replace(/\s+/g, ' ')
    .trim();
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordIn = (a: string, b: string): boolean =>
  new RegExp(`(^|[^\\p{L}\\d])${esc(a)}($|[^\\p{L}\\d])`, 'u').test(b);
const wordCount = (x: string): number => x.split(/[\s-]+/).length;

/** The shared scorer's lenient match of two normalised names. */
export function same(p: string, g: string): boolean {
  if (p === g) return true;
  if (p.length <= 2 || g.length <= 2) return false;
  const [a, b] = [wordCount(p), wordCount(g)];
  return 2 * Math.min(a, b) >= Math.max(a, b) && (wordIn(p, g) || wordIn(g, p));
}

/**
 * Index of the gold entity `name` stands for, or -1: one it names exactly, else one not yet listed that it
 * matches leniently, else any ("Airbus A350" is the gold's "Airbus A350", not its "Airbus", which a later "Airbus"
 * would then seem to repeat).
 */
export function findEntity(name: string, entities: string[][], listed: ReadonlySet<number>): number {
  const n = norm(name);
  const exact = entities.findIndex((alts) => alts.includes(n));
  if (exact >= 0) return exact;
  const fresh = entities.findIndex((alts, i) => !listed.has(i) && alts.some((g) => same(n, g)));
  return fresh >= 0 ? fresh : entities.findIndex((alts) => alts.some((g) => same(n, g)));
}

/** Hits and totals of the three measures. */
export interface GoldTally {
  pages: number;
  realHit: number;
  realN: number;
  keyHit: number;
  keyN: number;
  /** The most key@5 can reach: pages with fewer key entities than names listed cannot fill their top 5. */
  keyCeiling: number;
  recallHit: number;
  recallN: number;
}

export const emptyTally = (): GoldTally => ({
  pages: 0,
  realHit: 0,
  realN: 0,
  keyHit: 0,
  keyN: 0,
  keyCeiling: 0,
  recallHit: 0,
  recallN: 0,
});

/** Adds one page's ranked list to `t`. */
export function scorePage(t: GoldTally, page: GoldPage, predicted: string[]): void {
  const split = (e: string): string[] => e.split('|').map(norm);
  const key = page.key.map(split);
  const all = [...key, ...page.other.map(split)];
  const top = predicted.slice(0, 10);
  const seen = new Set<number>();
  const keysFound = new Set<number>();
  top.forEach((name, rank) => {
    const i = findEntity(name, all, seen);
    const fresh = i >= 0 && !seen.has(i);
    if (i >= 0) seen.add(i);
    t.realN++;
    if (fresh) t.realHit++;
    if (i >= 0 && i < key.length) keysFound.add(i);
    if (rank < 5) {
      t.keyN++;
      if (fresh && i < key.length) t.keyHit++;
    }
  });
  t.keyCeiling += Math.min(5, top.length, key.length);
  t.pages++;
  t.recallN += key.length;
  t.recallHit += keysFound.size;
}

const pc = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : 'n/a');

/** One line of figures. */
export function formatTally(label: string, t: GoldTally): string {
  return (
    `${label}: pages ${t.pages}  real@10 ${pc(t.realHit, t.realN)}  key@5 ${pc(t.keyHit, t.keyN)} ` +
    `(at most ${pc(t.keyCeiling, t.keyN)}; ${pc(t.keyHit, t.keyCeiling)} of what the gold allows)  ` +
    `keyR@10 ${pc(t.recallHit, t.recallN)}`
  );
}
