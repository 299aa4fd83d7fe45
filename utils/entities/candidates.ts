import { ORG_WORDS } from './gazetteer';
import { CALENDAR, PERSON_TITLES, STOPWORDS } from './lexicon';
import type { Mention } from './mention';
import { foldWord } from './normalize';
import type { Token } from './tokenize';

// Lower-case words that may join two capitalised parts of one name, as sequences.
const CONNECTOR_SEQUENCES: readonly string[][] = [
  ['de', 'la'],
  ['of', 'the'],
  ['for', 'the'],
  ['van', 'der'],
  ['de'],
  ['du'],
  ['des'],
  ['of'],
  ['for'],
  ['&'],
  ['van'],
  ['von'],
  ['der'],
  ['da'],
  ['di'],
  ['del'],
  ['al'],
  ['bin'],
];

/** True for a word that may be (part of) a name: a capital anywhere (iPhone, Storm-0558), not digits only. */
export function isNameToken(t: Token | undefined): t is Token {
  return t?.isWord === true && !t.headline && /\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text);
}

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
    const m = trimSpan(tokens, text, i, end, lower);
    if (m) out.push(m);
    i = end;
  }
  return out;
}

/** One past the last token of the name starting at `start`. */
function spanEnd(tokens: Token[], start: number): number {
  let j = start + 1;
  for (;;) {
    const t = tokens[j];
    if (isNameToken(t) && t.sentence === tokens[start]?.sentence) {
      j++;
      continue;
    }
    // "George W. Bush", "M. Hagenbeck": a lone capital and its full stop stay in the name.
    if (t?.text === '.' && /^\p{Lu}$/u.test(tokens[j - 1]?.text ?? '') && isNameToken(tokens[j + 1])) {
      j += 2;
      continue;
    }
    const skip = connectorLength(tokens, j);
    if (skip > 0 && isNameToken(tokens[j + skip]) && !isStop(tokens[j + skip] as Token)) {
      j += skip + 1;
      continue;
    }
    return j;
  }
}

function connectorLength(tokens: Token[], at: number): number {
  for (const seq of CONNECTOR_SEQUENCES) {
    if (seq.every((w, k) => tokens[at + k]?.text === w && !tokens[at + k]?.elided)) return seq.length;
  }
  return 0;
}

function isStop(t: Token): boolean {
  const w = foldWord(t.text);
  return (STOPWORDS.has(w) && !isAllCaps(t.text)) || CALENDAR.has(w);
}

/** "OWA", "NASA", "U.S.": two or more letters, no lower case. */
export function isAllCaps(s: string): boolean {
  return s.replace(/[^\p{L}]/gu, '').length >= 2 && !/\p{Ll}/u.test(s);
}

/** Drops titles (kept as a person cue), sentence openers and calendar words from the ends of a span. */
function trimSpan(
  tokens: Token[],
  text: string,
  from: number,
  to: number,
  lower: ReadonlyMap<string, number>,
): Mention | null {
  let a = from;
  let b = to;
  let personCue = isTitle(tokens[from - 1]);
  for (;;) {
    const t = tokens[a];
    if (!t || a >= b) return null;
    const w = foldWord(t.text);
    const title = PERSON_TITLES.has(w) && b - a > 1 && !endsWithOrgWord(tokens, b);
    const opener = t.initial && !isAllCaps(t.text) && (lower.get(w) ?? 0) > 0;
    if (!title && !opener && !isStop(t) && t.text !== '.') break;
    if (title) personCue = true;
    a++;
    while (a < b && !isNameToken(tokens[a])) a++;
  }
  while (b > a && isStop(tokens[b - 1] as Token)) b--;
  return makeMention(tokens, text, a, b, personCue);
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
  const first = tokens[a] as Token;
  const last = tokens[b - 1] as Token;
  const surface = text.slice(first.start, last.start + last.text.length).replace(/\s+/g, ' ');
  const before = [tokens[a - 1], tokens[a - 2]].map((t) => (t ? foldWord(t.text) : ''));
  if (surface.length < 2 || /^\p{Lu}$/u.test(surface) || /^[IVXLC]+$/.test(surface)) return null;
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
