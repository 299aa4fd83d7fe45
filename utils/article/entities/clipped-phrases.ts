// « la surprime "Cat Nat" » beside « le régime des catastrophes naturelles »: a capitalised clip of lower-case words
// the text writes is a common noun's short form (as "Cat Nat" is the French insurers'), not a name.

import { letterShape } from '@/utils/shared/letter-shape';
import { isClipped } from './clipped-names';
import type { Mention } from './mention';
import { nameKey } from './normalize';
import type { Token } from './tokenize';

// A clip's words: two or three short capitalised words ("Cat Nat", "Sci Po"); longer ones are names' own words.
// A shape (see letter-shape.ts).
const CLIP_WORD = /^Ul{2,4}$/;
const LOWER = /^\p{Ll}/u;

/** Keys of the names clipped from lower-case words of the text (see `isClipped`). */
export function clippedCommonPhrases(mentions: readonly Mention[], tokens: readonly Token[]): Set<string> {
  const clips = new Set<string>();
  for (const m of mentions) {
    const ws = m.surface.split(/\s+/);
    if (ws.length >= 2 && ws.length <= 3 && ws.every((w) => CLIP_WORD.test(letterShape(w))))
      clips.add(nameKey(m.surface));
  }
  const out = new Set<string>();
  if (clips.size === 0) return out;
  const wanted = [...clips].map((key) => ({ key, words: key.split(' ') }));
  // Only the few clips found are looked for, each once along the text; a run is built only where its first
  // word opens with the clip's (a clip's word is the full word or its first letters, see `isClipped`).
  for (let p = 0; p < tokens.length; p++) {
    const first = tokens[p] as Token;
    if (!isLowerWord(first)) continue;
    for (const { key, words } of wanted) {
      if (!first.folded.startsWith(words[0] ?? '') || p + words.length > tokens.length) continue;
      const run = tokens.slice(p, p + words.length);
      if (run.every(isLowerWord) && isClipped(key, run.map((t) => t.folded).join(' '))) out.add(key);
    }
  }
  return out;
}

const isLowerWord = (t: Token): boolean => t.isWord && LOWER.test(t.text);
