import type { EntityGroup } from './group';
import type { Token } from './tokenize';

// A label line ("Tested by: Ana Ruiz", « Par : … ») opens with its label within a few words.
const LABEL_REACH = 4;
// Fewer words make a caption, a credit or a kicker, not the lead.
const LEAD_WORDS = 6;

/**
 * Index of the article's first sentence: the first one outside headline lines with a few words and no label
 * before a colon, or -1.
 */
export function leadSentence(tokens: readonly Token[]): number {
  let start = 0;
  while (start < tokens.length) {
    const s = (tokens[start] as Token).sentence;
    let end = start;
    while (end < tokens.length && (tokens[end] as Token).sentence === s) end++;
    const sentence = tokens.slice(start, end);
    const words = sentence.filter((t) => t.isWord && !t.headline).length;
    const labelled = sentence.slice(0, LABEL_REACH).some((t) => t.text === ':');
    if (words >= LEAD_WORDS && !labelled) return s;
    start = end;
  }
  return -1;
}

/** The group is named in the sentence `lead` (see `leadSentence`), outside headline lines. */
export const namedIn = (g: EntityGroup, lead: number): boolean =>
  g.mentions.some((m) => !m.headline && m.sentence === lead);
