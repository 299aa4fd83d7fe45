// "claimed by Qilin, a Russian-speaking ransomware gang": a name a threat group's description follows in
// apposition is the group's, as one the description opens is ("the ransomware gang Qilin", see group-cues).
import type { EntityType } from '@/utils/article/types';
import type { EntityGroup } from './group';
import { groupCued } from './group-cues';
import type { Token } from './tokenize';

const ARTICLES = new Set(['a', 'an', 'the']);
/** Words of the description read after its article: "a Russian-speaking ransomware gang". */
const WINDOW = 4;

/** The mention ending at `to` is followed by ", a … gang" (or "group" beside a threat word) in its sentence. */
function describedAsGroup(tokens: readonly Token[], to: number): boolean {
  if (tokens[to]?.text !== ',' || !ARTICLES.has(tokens[to + 1]?.folded ?? '')) return false;
  const sentence = tokens[to]?.sentence;
  const words = tokens
    .slice(to + 2, to + 2 + WINDOW)
    .filter((t) => t.sentence === sentence && t.isWord)
    .map((t) => t.folded);
  return groupCued(words);
}

/** Types as a threat group the names a threat group's description follows in apposition. */
export function typeAppositiveGroups(
  groups: readonly EntityGroup[],
  types: readonly EntityType[],
  tokens: readonly Token[],
): EntityType[] {
  return groups.map((g, i) => {
    const type = types[i] ?? 'other';
    if (type === 'person' || type === 'place') return type;
    return g.mentions.some((m) => describedAsGroup(tokens, m.to)) ? 'group' : type;
  });
}
