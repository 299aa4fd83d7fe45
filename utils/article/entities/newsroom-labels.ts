import { DESK_WORDS } from '@/utils/article/desk-words';
import type { EntityGroup } from './group';

// Words of the line that signs a report for its newsroom rather than a reporter ("Staff Writer", "Wire Services",
// « La rédaction »): the desk that filed it, no subject of the article.
const LINE_WORDS =
  'writer writers reporter reporters wire wires service services report reports news editorial editors la';
const NEWSROOM_WORDS = new Set([...DESK_WORDS, ...LINE_WORDS.split(' ')]);
// One of these makes the phrase a newsroom's, not a name that happens to use the other words ("News Service").
// Not "team": "Team News" is a side's line-up on a sports page.
const NEWSROOM_HEADS = new Set([...DESK_WORDS.filter((w) => w !== 'team'), 'wire', 'wires']);

/** "Staff", "Staff Writer", "Wire Services", "News Desk", « La rédaction »: a newsroom's label, every time. */
export function isNewsroomLabel(g: EntityGroup): boolean {
  return [...g.keys].every((k) => {
    const words = k.split(' ');
    // Alone, only a word no name uses: "Wire" may be a band's, "Desk" a brand's.
    if (words.length === 1) return k === 'staff' || k === 'newsroom';
    return words.every((w) => NEWSROOM_WORDS.has(w)) && words.some((w) => NEWSROOM_HEADS.has(w));
  });
}
