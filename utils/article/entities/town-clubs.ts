// "the Buffalo Bills" … "Buffalo rallied", "Glasgow Warriors" … "a final Glasgow attack": sports news names a club
// by its town once it has named it in full. The town alone is then the club, unless the article places things
// there ("in Buffalo").
import { CLUB_FIRST, CLUB_LAST, COUNTRY_NAMES, ORGANIZATIONS, PLACES } from './gazetteer';
import type { Mention } from './mention';
import type { MergePass } from './merge-pass';
import { isPluralName } from './plural-sides';
import { LOCATIVE, sideCue } from './side-cue';
import type { UnionFind } from './union-find';

/** What a side does or has right after its town: "Kansas City led 24-7", "a final Glasgow attack". */
const SIDE_WORDS = new Set(
  `led leads trailed rallied attack attacks offense offence defense defence drive try tries scrum lineup bench
  season`.split(/\s+/),
);

// Prepositions of the languages read names only that place things in a town ("nach Berlin", « en Sevilla », "w
// Opolu", "naar Utrecht"): a town written after one is a place there, not its club.
const PLACING = new Set('in im nach aus bei zu zum en a da di de do w we z ze na naar uit bij te'.split(' '));

/** The club's name around a known town: "Buffalo Bills", "Newcastle United", "Red Bull Salzburg", "FC Basel". */
export function isClubOf(name: string, town: string): boolean {
  if (!PLACES.has(town) || COUNTRY_NAMES.has(town)) return false;
  if (ORGANIZATIONS.has(name)) return true;
  if (name.startsWith(`${town} `)) {
    const rest = name.slice(town.length + 1);
    return !rest.includes(' ') && (isPluralName(rest) || CLUB_LAST.has(rest));
  }
  return name.endsWith(` ${town}`) && CLUB_FIRST.has(name.split(' ')[0] ?? '');
}

/**
 * "ETH Zürich", "LMU München": initials other than a club's ("FC", "SC", "RB") before the town open an
 * institution's name, and the town written alone stays the town.
 */
function institutionInitials(name: string, byKey: ReadonlyMap<string, Mention[]>): boolean {
  const first = name.split(' ')[0] ?? '';
  if (CLUB_FIRST.has(first)) return false;
  return (byKey.get(name) ?? []).some((m) => /^\p{Lu}{2,5} /u.test(m.surface));
}

const readsAsSide = (m: Mention): boolean => sideCue(m) || SIDE_WORDS.has(m.after[0] ?? '');

/**
 * Joins a town (a known place that is no country) to the one club of the article named after it, when its
 * mentions read as a side's (`reads`) and fewer than half are places ("in Buffalo").
 */
function joinTownClubs(
  keys: readonly string[],
  byKey: ReadonlyMap<string, Mention[]>,
  uf: UnionFind,
  reads: (ms: readonly Mention[]) => boolean,
): void {
  for (const k of keys) {
    // Only a town names a club (isClubOf): the other names are not compared with every name.
    if (!PLACES.has(k) || COUNTRY_NAMES.has(k)) continue;
    const ms = byKey.get(k) ?? [];
    const clubs = keys.filter(
      (f) =>
        f !== k &&
        (f.startsWith(`${k} `) || f.endsWith(` ${k}`)) &&
        isClubOf(f, k) &&
        !institutionInitials(f, byKey),
    );
    if (clubs.length !== 1 || !clubs[0] || ms.length === 0) continue;
    const located = ms.filter((m) => LOCATIVE.has(m.before[0] ?? '')).length;
    if (reads(ms) && 2 * located < ms.length) uf.union(k, clubs[0]);
  }
}

/** A town one of whose mentions at least reads like a side's (see `sideCue`) is its club: "Buffalo rallied". */
export const mergeTownClubs: MergePass = (keys, byKey, uf) =>
  joinTownClubs(keys, byKey, uf, (ms) => ms.some(readsAsSide));

/**
 * In the languages read names only, the side's cue words are English: the club named in full is enough, if no
 * body mention places something in the town ("SC Freiburg" … "Freiburg glich aus", not "nach Freiburg").
 */
export const mergeTownClubsByNames: MergePass = (keys, byKey, uf) =>
  joinTownClubs(keys, byKey, uf, (ms) => !ms.some((m) => !m.headline && PLACING.has(m.before[0] ?? '')));
