// « la surprime "Cat Nat" » beside « le régime des catastrophes naturelles »: a capitalised clip of lower-case words
// the text writes is a common noun's short form (as "Cat Nat" is the French insurers'), not a name.
import { isClipped } from './clipped-names';
import type { Mention } from './mention';
import { nameKey } from './normalize';
import type { Token } from './tokenize';

// A clip's words: two or three short capitalised words ("Cat Nat", "Sci Po"); longer ones are names' own words.
const CLIP_WORD = /^\p{Lu}\p{Ll}{2,4}$/u;
const LOWER = /^\p{Ll}/u;

/** Keys of the names clipped from lower-case words of the text (see `isClipped`). */
export function clippedCommonPhrases(mentions: readonly Mention[], tokens: readonly Token[]): Set<string> {
  const clips = new Set<string>();
  for (const m of mentions) {
    const ws = m.surface.split(/\s+/);
    if (ws.length >= 2 && ws.length <= 3 && ws.every((w) => CLIP_WORD.test(w))) clips.add(nameKey(m.surface));
  }
  const out = new Set<string>();
  if (clips.size === 0) return out;
  // Only the few clips found are looked for, each once along the text.
  for (let p = 0; p < tokens.length; p++) {
    for (const clip of clips) {
      const n = clip.split(' ').length;
      const run = tokens.slice(p, p + n);
      if (run.length === n && run.every((t) => t.isWord && LOWER.test(t.text))) {
        if (isClipped(clip, run.map((t) => t.folded).join(' '))) out.add(clip);
      }
    }
  }
  return out;
}
