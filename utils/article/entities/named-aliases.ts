// "the Advisory Committee on Immunization Practices, known as ACIP", "Storm Ophira (dubbed the Beast)", « Karim
// Benslimane, surnommé le Roi », "the Residential Tenancies Board, or RTB for short": right after a name, words that
// give the name it also goes by. Both are one entity to the reader.
import type { Mention } from './mention';
import type { MergePass } from './merge-pass';

// Words that give another name, folded, as the token right before it: "dubbed X", « surnommé X ».
const NAMING_WORDS = new Set('dubbed nicknamed aka alias surnomme surnommee surnommes surnommees'.split(' '));
// Adverbs between the comma and "known as": "also known as", "better known as".
const KNOWN_ADVERBS = new Set(
  'also better commonly widely locally popularly simply affectionately'.split(' '),
);
// What closes the first name before the cue: a comma, an opening bracket or a dash.
const OPENERS = new Set([',', '(', '—', '–']);
// What may open the second name after the cue: an article, an opening quote.
const LEADS = new Set(['the', 'le', 'la', 'les', 'l', '«', '“', '"', '‘']);
// The longest cue: a comma, an adverb, "known as", an article.
const MAX_GAP = 4;

/** The folded tokens between `a` and `b`, when `a`'s following and `b`'s preceding words cover them all. */
function between(a: Mention, b: Mention): string[] | undefined {
  const gap = b.from - a.to;
  if (gap < 2 || gap > MAX_GAP) return undefined;
  return Array.from({ length: gap }, (_, i) => (i < 2 ? a.after[i] : b.before[gap - 1 - i]) ?? '');
}

/**
 * `b` is written right after `a` as the other name `a` goes by: "A, known as B", "A (also known as the B)", "A,
 * dubbed B", « A, surnommé « B » », "A, or B for short". Only the comma, bracket or dash after `a` and the cue
 * words stand between them.
 */
export function namesAlias(a: Mention, b: Mention): boolean {
  // Most names are followed by no comma, bracket or dash: asked first, before the gap's words are gathered.
  if (!OPENERS.has(a.after[0] ?? '')) return false;
  const seq = between(a, b);
  if (!seq || !OPENERS.has(seq[0] ?? '')) return false;
  const cue = seq.slice(1);
  if (LEADS.has(cue.at(-1) ?? '')) cue.pop();
  if (KNOWN_ADVERBS.has(cue[0] ?? '')) cue.shift();
  if (cue.length === 2 && cue[0] === 'known' && cue[1] === 'as') return true;
  if (cue.length === 1 && NAMING_WORDS.has(cue[0] ?? '')) return true;
  // "A, or B for short".
  return cue.length === 1 && cue[0] === 'or' && b.after[0] === 'for' && b.after[1] === 'short';
}

/** Joins two names the text gives for one entity, one right after the other (see `namesAlias`). */
export const mergeNamedAliases: MergePass = (keys, byKey, uf) => {
  // The mention ending at each offset (the last key's, its first one there): looked up, never searched for, as a
  // name a page repeats thousands of times would make a search of its mentions for each other mention quadratic.
  const ends = new Map<number, { key: string; mention: Mention }>();
  for (const k of keys) {
    for (const m of byKey.get(k) ?? []) if (ends.get(m.to)?.key !== k) ends.set(m.to, { key: k, mention: m });
  }
  for (const k of keys) {
    for (const b of byKey.get(k) ?? []) {
      for (let to = b.from - MAX_GAP; to <= b.from - 2; to++) {
        const end = ends.get(to);
        if (end && end.key !== k && namesAlias(end.mention, b)) uf.union(k, end.key);
      }
    }
  }
};
