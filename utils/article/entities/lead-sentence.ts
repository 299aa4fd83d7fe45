import type { EntityGroup } from './group';
import type { Token } from './tokenize';

/** Index of the article's first sentence: the first one with a word outside headline lines, or -1. */
export function leadSentence(tokens: readonly Token[]): number {
  return tokens.find((t) => t.isWord && !t.headline)?.sentence ?? -1;
}

/** The group is named in the sentence `lead` (see `leadSentence`), outside headline lines. */
export const namedIn = (g: EntityGroup, lead: number): boolean =>
  g.mentions.some((m) => !m.headline && m.sentence === lead);
