// "the M20 motorway", "lorries off the N69": British and Irish roads are named by a capital (A, M, N, R) and one to
// three digits. The words around one say it is a road, a place, not a model; a code listed right after such a
// road ("off the N69 and the M20") is one too.
import type { EntityGroup } from './group';
import type { Mention } from './mention';

const ROAD_CODE = /^[AMNR]\d{1,3}$/;
// Words after a road's code: "the M20 motorway", "the A1 road", "the N7 dual carriageway".
const ROAD_AFTER = new Set(['motorway', 'road', 'bypass', 'dual', 'roundabout']);
// Words before "the" and a road's code: "off the N69", "along the A9", "onto the M50".
const ROAD_BEFORE = new Set(['off', 'along', 'onto', 'via']);
const LIST_WORDS = new Set(['and', 'or', ',']);

const cuedRoad = (m: Mention): boolean =>
  ROAD_AFTER.has(m.after[0] ?? '') || (m.before[0] === 'the' && ROAD_BEFORE.has(m.before[1] ?? ''));

/** Listed right after a road's mention ending at a token in `ends`: "the N69 and the M20", "the N69, M20". */
function listedAfter(m: Mention, ends: ReadonlySet<number>): boolean {
  if (m.before[0] === 'the') return LIST_WORDS.has(m.before[1] ?? '') && ends.has(m.from - 2);
  return LIST_WORDS.has(m.before[0] ?? '') && ends.has(m.from - 1);
}

/** Indices of the groups that name a road by its code (see ROAD_CODE): cued so, or listed after one that is. */
export function roadCodeGroups(groups: readonly EntityGroup[]): Set<number> {
  const roads = new Set<number>();
  const codes: number[] = [];
  groups.forEach((g, i) => {
    if (g.surfaces.size > 0 && [...g.surfaces.keys()].every((s) => ROAD_CODE.test(s))) codes.push(i);
  });
  if (codes.length === 0) return roads;
  const ends = new Set<number>();
  for (const i of codes) {
    const ms = (groups[i] as EntityGroup).mentions;
    if (!ms.some(cuedRoad)) continue;
    roads.add(i);
    for (const m of ms) ends.add(m.to);
  }
  for (const i of codes)
    if (!roads.has(i) && (groups[i] as EntityGroup).mentions.some((m) => listedAfter(m, ends))) roads.add(i);
  return roads;
}
