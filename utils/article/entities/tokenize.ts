import { ABBREVIATIONS, ELISIONS } from './lexicon';
import { foldWord } from './normalize';

/** One word or punctuation mark of the text, with what the extractor needs to know about its position. */
export interface Token {
  text: string;
  /** Offset of the token in the text. */
  start: number;
  isWord: boolean;
  /** First word of a sentence or line: its capital letter says nothing. */
  initial: boolean;
  /** Inside a line written in capitals or Title Case (headline): capitals say nothing either. */
  headline: boolean;
  /** Preceded by a French elision ("l’", "d’"): a capital there is a strong sign of a name. */
  elided: boolean;
  /** Written with an English possessive ("Microsoft’s"): the name ends here. */
  possessive: boolean;
  /** Index of the line the token is on. */
  line: number;
  /** Index of the sentence the token is in. */
  sentence: number;
}

// Dotted acronyms (U.S.), words with inner hyphens, dots, ampersands or apostrophes (Storm-0558, Outlook.com,
// AT&T, l’Europe), then any single non-space character.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-‐‑.&’'][\p{L}\p{N}$]+)*\$?|\n|[^\s\p{L}\p{N}]/gu;
const ELISION_RE = /^(\p{L}{1,7})[’'](?=\p{L})/u;
const POSSESSIVE_RE = /[’']s$/u;
const SENTENCE_END = new Set(['.', '!', '?', '…', ':', ';', '»', '"', '”']);

/** Splits text into tokens; elided French articles and English possessives are removed from the words. */
export function tokenize(text: string, headlineLines: ReadonlySet<number>): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let sentence = 0;
  let atStart = true;
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    if (raw === '\n') {
      const prev = tokens[tokens.length - 1];
      if (prev && continuesLine(prev, tokens[tokens.length - 2])) {
        line++;
        continue;
      }
      line++;
      if (!atStart) sentence++;
      atStart = true;
      continue;
    }
    const word = /[\p{L}\p{N}]/u.test(raw);
    if (!word) {
      tokens.push(makeToken(raw, m.index, false, false, false, line, sentence, headlineLines));
      if (endsSentence(raw, tokens)) {
        if (!atStart) sentence++;
        atStart = true;
      }
      continue;
    }
    const elision = ELISION_RE.exec(raw);
    const elided = elision !== null && ELISIONS.has(foldWord(elision[1] ?? ''));
    const offset = elided && elision ? elision[0].length : 0;
    const textOut = raw.slice(offset).replace(POSSESSIVE_RE, '');
    const token = makeToken(textOut, m.index + offset, true, atStart, elided, line, sentence, headlineLines);
    token.possessive = textOut.length < raw.length - offset;
    tokens.push(token);
    atStart = false;
  }
  return tokens;
}

function makeToken(
  text: string,
  start: number,
  isWord: boolean,
  initial: boolean,
  elided: boolean,
  line: number,
  sentence: number,
  headlineLines: ReadonlySet<number>,
): Token {
  return {
    text,
    start,
    isWord,
    initial,
    elided,
    possessive: false,
    line,
    sentence,
    headline: headlineLines.has(line),
  };
}

/** A full stop after "M", "Dr" or a single initial ("George W. Bush") does not end the sentence. */
function endsSentence(punct: string, tokens: Token[]): boolean {
  if (!SENTENCE_END.has(punct)) return false;
  if (punct !== '.') return true;
  const before = tokens[tokens.length - 2];
  if (!before?.isWord) return true;
  return !(ABBREVIATIONS.has(foldWord(before.text)) || /^\p{Lu}$/u.test(before.text));
}

/** A line break inside a sentence (newspaper columns): previous line ends on a comma, lower-case word or "M.". */
function continuesLine(prev: Token, beforePrev: Token | undefined): boolean {
  if (prev.isWord) return /^\p{Ll}/u.test(prev.text);
  if (prev.text === ',' || prev.text === '-') return true;
  return prev.text === '.' && beforePrev !== undefined && !endsSentence('.', [beforePrev, prev]);
}
