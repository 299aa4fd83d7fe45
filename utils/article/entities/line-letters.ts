import type { Mention } from './mention';
import type { Token } from './tokenize';

// A tram, metro or train service lettered after its kind: « la ligne G », « le RER B », "the Line A". The letter
// alone is too short a name to find; the two words are the service's name. A story about the service names it
// in its headline (« Tram G prolongé… »); lines listed in the body (the lines a strike stops) are details, as
// codes with a number (« T4 ») are: see transit-lines.ts.
const LINE_WORDS = new Set(['ligne', 'line', 'tram', 'tramway', 'metro', 'rer']);
const LETTER = /^\p{Lu}$/u;
const TITLE_LINE = /(?<!\p{L})(?:lignes?|lines?|tram(?:way)?|m[ée]tro|rer)\s+(\p{Lu})(?![\p{L}\d])/giu;

/** The letters the title names a service by: "G" in « Tram G prolongé jusqu'à Hoenheim ». */
function titleLetters(title: string | undefined): Set<string> {
  return new Set(Array.from((title ?? '').matchAll(TITLE_LINE), (m) => m[1] ?? ''));
}

/** A letter after a line word, ending there: not "A" in « ligne A-B ». */
function isLineLetter(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const kind = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    t.isWord &&
    LETTER.test(t.text) &&
    kind?.isWord === true &&
    LINE_WORDS.has(kind.folded) &&
    !(next && next.start === t.start + 1 && /^[-‐‑]$/u.test(next.text))
  );
}

/**
 * The lettered services the title names, as mentions in the text of the kind word and its letter ("ligne G"),
 * where no mention found (`found`) already holds them ("Ligne G" opening a sentence).
 */
export function lineLetterMentions(
  tokens: readonly Token[],
  text: string,
  found: readonly Mention[],
  title: string | undefined,
): Mention[] {
  const letters = titleLetters(title);
  const out: Mention[] = [];
  if (letters.size === 0) return out;
  for (let i = 1; i < tokens.length; i++) {
    if (!letters.has(tokens[i]?.text ?? '') || !isLineLetter(tokens, i)) continue;
    if (found.some((m) => m.from <= i && i < m.to)) continue;
    const kind = tokens[i - 1] as Token;
    const letter = tokens[i] as Token;
    out.push({
      surface: text.slice(kind.start, letter.start + 1).replace(/\s+/g, ' '),
      offset: kind.start,
      from: i - 1,
      to: i + 1,
      sentence: kind.sentence,
      initial: kind.initial,
      headline: false,
      personCue: false,
      elided: kind.elided,
      before: [tokens[i - 2], tokens[i - 3]].map((t) => t?.folded ?? ''),
      after: [tokens[i + 1], tokens[i + 2]].map((t) => t?.folded ?? ''),
    });
  }
  return out;
}
