// "Eraring Unit 2", "Torness Reactor 1": a plant's name, then a numbered part of it. The part is the plant's
// mention, where the text names the plant whole ("Eraring Power Station"); left alone when it does not.
import type { EntityGroup } from './group';
import { nameKey } from './normalize';

const PARTS = new Set(['unit', 'reactor']);
const NUMBER = /^\d{1,2}$/;

/**
 * The key of the plant the group names a part of: every mention a name ending with a part before its number
 * ("Eraring Unit 2", read as "Eraring Unit"), the same words before it; "eraring " for "Eraring Unit".
 */
function plantOf(g: EntityGroup): string | undefined {
  let owner: string | undefined;
  for (const m of g.mentions) {
    const ws = nameKey(m.surface).split(' ');
    if (ws.length < 2 || !PARTS.has(ws.at(-1) ?? '') || !NUMBER.test(m.after[0] ?? '')) return undefined;
    const own = `${ws.slice(0, -1).join(' ')} `;
    if (owner !== undefined && own !== owner) return undefined;
    owner = own;
  }
  return owner;
}

/**
 * The groups, a plant's numbered part (see plantOf) counted as a mention of the plant where a group names it
 * whole, by a longer name the same words open ("Eraring Power Station"); the plant's group keeps its place.
 */
export function foldPlantParts(groups: readonly EntityGroup[]): EntityGroup[] {
  const parts = new Map<EntityGroup, string>();
  for (const g of groups) {
    // The part's word first: most groups have none.
    if (![...g.surfaces.keys()].some((s) => PARTS.has(s.slice(s.lastIndexOf(' ') + 1).toLowerCase())))
      continue;
    const owner = plantOf(g);
    if (owner !== undefined) parts.set(g, owner);
  }
  if (parts.size === 0) return [...groups];
  const out: EntityGroup[] = [];
  for (const g of groups) {
    const owner = parts.get(g);
    const plant =
      owner === undefined
        ? undefined
        : groups.find((p) => !parts.has(p) && [...p.keys].some((k) => k.startsWith(owner)));
    if (!plant) {
      out.push(g);
      continue;
    }
    plant.mentions.push(...g.mentions);
    plant.mentions.sort((a, b) => a.offset - b.offset);
    for (const [s, n] of g.surfaces) plant.surfaces.set(s, (plant.surfaces.get(s) ?? 0) + n);
  }
  return out;
}
