import { ORG_WORDS } from './gazetteer';
import { PERSON_TITLES } from './lexicon';
import type { Mention } from './mention';
import { foldWord } from './normalize';
import { isAllCaps, isNameToken, isStop, spanEnd } from './span';
import type { Token } from './tokenize';

/** Capitalised spans of the text (headlines aside), joined across connectors, titles and openers removed. */
export function findMentions(tokens: Token[], text: string, lower: ReadonlyMap<string, number>): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i])) {
      i++;
      continue;
    }
    const end = spanEnd(tokens, i);
    out.push(...trimSpan(tokens, text, i, end, lower));
    i = end;
  }
  return out;
}

/**
 * Drops titles (kept as a person cue), sentence openers and calendar words from the ends of a span, and splits
 * "Indonesian President Suharto" into "Indonesian" and the person "Suharto".
 */
function trimSpan(
  tokens: Token[],
  text: string,
  from: number,
  to: number,
  lower: ReadonlyMap<string, number>,
) {
  let a = from;
  let b = to;
  let personCue = isTitle(tokens[from - 1]);
  for (;;) {
    const t = tokens[a];
    if (!t || a >= b) return [];
    const title = isTitle(t) && b - a > 1 && !endsWithOrgWord(tokens, b);
    const opener = t.initial && !isAllCaps(t.text) && (lower.get(foldWord(t.text)) ?? 0) > 0;
    if (!title && !opener && !isStop(t) && t.text !== '.') break;
    personCue ||= title;
    a = nextName(tokens, a + 1, b);
  }
  while (b > a && isStop(tokens[b - 1] as Token)) b--;
  const split = lastInnerTitle(tokens, a, b);
  if (split < 0) return keep(makeMention(tokens, text, a, b, personCue));
  const tail = nextName(tokens, split + 1, b);
  return keep(makeMention(tokens, text, a, split, personCue), makeMention(tokens, text, tail, b, true));
}

const keep = (...ms: (Mention | null)[]): Mention[] => ms.filter((m): m is Mention => m !== null);

function nextName(tokens: Token[], at: number, to: number): number {
  let i = at;
  while (i < to && !isNameToken(tokens[i])) i++;
  return i;
}

/** Index of the last title word inside the span with a name after it, or -1. */
function lastInnerTitle(tokens: Token[], a: number, b: number): number {
  if (endsWithOrgWord(tokens, b)) return -1;
  for (let k = b - 2; k > a; k--) if (isTitle(tokens[k]) && isNameToken(tokens[k + 1])) return k;
  return -1;
}

function isTitle(t: Token | undefined): boolean {
  return t?.isWord === true && PERSON_TITLES.has(foldWord(t.text));
}

function endsWithOrgWord(tokens: Token[], to: number): boolean {
  return ORG_WORDS.has(foldWord(tokens[to - 1]?.text ?? ''));
}

function makeMention(
  tokens: Token[],
  text: string,
  a: number,
  b: number,
  personCue: boolean,
): Mention | null {
  if (a >= b) return null;
  const first = tokens[a] as Token;
  const last = tokens[b - 1] as Token;
  const surface = text.slice(first.start, last.start + last.text.length).replace(/\s+/g, ' ');
  const before = [tokens[a - 1], tokens[a - 2]].map((t) => (t ? foldWord(t.text) : ''));
  if (surface.length < 2 || /^\p{Lu}$/u.test(surface) || /^[IVXLC]+$/.test(surface)) return null;
  if (b - a === 1 && isTitle(first)) return null; // "MM." (Messieurs), "Dr" alone
  return {
    surface,
    offset: first.start,
    from: a,
    to: b,
    sentence: first.sentence,
    initial: first.initial,
    headline: false,
    personCue,
    before,
  };
}
