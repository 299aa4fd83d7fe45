/**
 * CouchDB revision ids (`<generation>-<hash>`) and revision paths, as the replication protocol uses
 * them: `_revisions` ({start, ids}) ⇄ a path of full revision ids, newest first, and CouchDB's rule
 * for the winning revision among a document's leaves.
 */

/** A revision's generation and hash. */
export function parseRev(rev: string): { gen: number; hash: string } {
  const dash = rev.indexOf('-');
  const gen = Number(rev.slice(0, dash));
  if (dash < 1 || !Number.isInteger(gen) || gen < 1) throw new Error(`Not a revision id: ${rev}`);
  return { gen, hash: rev.slice(dash + 1) };
}

/** True for a well-formed revision id. */
export function isRev(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 80 && /^[1-9]\d{0,8}-[0-9a-z]{1,64}$/.test(v);
}

/** CouchDB's `_revisions` field. */
export interface Revisions {
  start: number;
  ids: string[];
}

/** Full revision ids, newest first, from `_revisions`. */
export function pathOf(revisions: Revisions): string[] {
  return revisions.ids.map((id, i) => `${revisions.start - i}-${id}`);
}

/** `_revisions` for a path of full revision ids, newest first (consecutive generations). */
export function revisionsOf(path: string[]): Revisions {
  const [head] = path;
  if (!head) throw new Error('Empty revision path.');
  return { start: parseRev(head).gen, ids: path.map((rev) => parseRev(rev).hash) };
}

/** The revision id of a child of `parent` (null: a first revision) whose hash is `hash`. */
export function childRev(parent: string | null, hash: string): string {
  return `${parent ? parseRev(parent).gen + 1 : 1}-${hash}`;
}

/** A leaf as the winner rule sees it. */
export interface LeafRef {
  rev: string;
  deleted: boolean;
}

/**
 * Sorts leaves best first by CouchDB's rule: live before deleted, then higher generation, then the
 * greater hash (compared as text). Every replica picks the same winner.
 */
export function byWinner(a: LeafRef, b: LeafRef): number {
  if (a.deleted !== b.deleted) return a.deleted ? 1 : -1;
  const ra = parseRev(a.rev);
  const rb = parseRev(b.rev);
  if (ra.gen !== rb.gen) return rb.gen - ra.gen;
  return ra.hash < rb.hash ? 1 : ra.hash > rb.hash ? -1 : 0;
}
