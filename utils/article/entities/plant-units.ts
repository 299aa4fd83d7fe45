// "Eraring Unit 2", "Torness Reactor 1": a plant's name, then a numbered part of it. The part names no one; the
// plant does, where the text names it whole ("Eraring Power Station"). Left alone when it does not.
import type { EntityGroup } from './group';
import { nameKey } from './normalize';

const PARTS = new Set(['unit', 'reactor']);
const NUMBER = /^\d{1,2}$/;

/**
 * Every mention of the group is a name ending with a plant's part before its number ("Eraring Unit 2" read as
 * "Eraring Unit"), and `names` (keys of the text's names) holds a longer name its first words open.
 */
export function isPlantPart(g: EntityGroup, names: ReadonlySet<string> | undefined): boolean {
  if (!names || g.mentions.length === 0) return false;
  for (const m of g.mentions) {
    const ws = nameKey(m.surface).split(' ');
    if (ws.length < 2 || !PARTS.has(ws.at(-1) ?? '') || !NUMBER.test(m.after[0] ?? '')) return false;
  }
  const owner = `${nameKey(g.mentions[0]?.surface ?? '')
    .split(' ')
    .slice(0, -1)
    .join(' ')} `;
  for (const n of names)
    if (n.startsWith(owner) && !PARTS.has(n.slice(owner.length).split(' ')[0] ?? '')) return true;
  return false;
}
