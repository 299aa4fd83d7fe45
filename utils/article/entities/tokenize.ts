import { letterShape } from '@/utils/shared/letter-shape';
import { HYPHENATED_GIVEN_SURNAMES, isTwoSyllableGivenName } from './gazetteer/people';
import { ABBREVIATIONS, CALENDAR, ELISIONS } from './lexicon';
import { foldWord } from './normalize';
import { isSaints } from './possessive-names';
import { TokenScan } from './token-scan';

/** One word or punctuation mark of the text, with what the extractor needs to know about its position. */
export interface Token {
  text: string;
  /** The word folded (lower case, no accents), for word-list lookups. */
  folded: string;
  /** Offset of the token in the text. */
  start: number;
  isWord: boolean;
  /** A function word, month or weekday of the text's language: never starts or ends a name. */
  stop: boolean;
  /** Has a capital letter anywhere (iPhone, Storm-0558, OWA). */
  capital: boolean;
  /** Two letters or more, none in lower case (OWA, U.S., LEICESTERSHIRE). */
  loud: boolean;
  /** Could be (part of) a name: a capital, and neither a contraction nor a prefixed adjective ("anti-Islamist"). */
  nameLike: boolean;
  /** First word of a sentence or line: its capital letter says nothing. */
  initial: boolean;
  /** Inside a line written in capitals or Title Case (headline): capitals say nothing either (see markLines). */
  headline: boolean;
  /** Preceded by a French elision ("l’", "d’"): a capital there is a strong sign of a name. */
  elided: boolean;
  /** Written with an English possessive ("Microsoft’s"): the name ends here. */
  possessive: boolean;
  /** An English contraction ("We’re", "I'm", "Don’t"): a pronoun or verb, never a name. */
  contraction: boolean;
  /** Index of the line the token is on. */
  line: number;
  /** Index of the sentence the token is in. */
  sentence: number;
}

const ELISION_RE = /^(\p{L}{1,7})[’'](?=\p{L})/u;
// Elided pronouns and negations come before verbs, never before a name.
const VERB_ELISIONS = new Set(['j', 'm', 'n', 's', 't', 'c']);
const POSSESSIVE_RE = /[’']s$/u;
// Punctuation that closes a phrase, or the end of the text: nothing follows for a possessive to own.
const PHRASE_END_RE = /^[ \t]*(?:[,.;:!?)\]\n]|$)/u;
// A capitalised word next: "St Mary's Hospital" goes on after the possessive.
const CAPITAL_NEXT_RE = /^[ \t]+\p{Lu}/u;
// An English contraction: letters, an apostrophe and the verb's end ("We’re", "I'm"), or a negation ("Don’t").
// The letters are read on the word's shape (see letter-shape.ts): with `i` and `u`, a Unicode class costs much to
// compile (\p{L} read so is \p{L} and U+0345, which case folding joins to a letter). No letter of the ends has a
// case variant beyond its two cases, so `i` alone reads them as `i` and `u` did.
const CONTRACTION_END = /[’'](?:re|m|ve|ll|d|t)$/i;
const NEGATION_END = /n[’']t$/i;
const LETTERS = /^(?:[UlL]|\u0345)+$/;

/** `/^\p{L}+[’'](?:re|m|ve|ll|d|t)$|n[’']t$/iu`: "We’re", "I'm", "Don’t". */
export function isContraction(word: string): boolean {
  if (NEGATION_END.test(word)) return true;
  const end = CONTRACTION_END.exec(word);
  return end !== null && end.index > 0 && LETTERS.test(letterShape(word.slice(0, end.index)));
}
// A lower-case word glued to a name by a hyphen: OCR's lost dashes ("Cotti-le", "Chirac-n’a") and English
// compounds ("Washington-based", "US-led"). The name keeps the part before it.
// Read on the shape (see letter-shape.ts) of what follows the word's last hyphen.
const GLUED_TAIL = /^(?:l{2,}|l[’']l+)$/;

/** Where the hyphen before a glued lower-case tail is (`/[-‐‑](?:\p{Ll}{2,}|\p{Ll}[’']\p{Ll}+)$/u`), or -1. */
export function gluedTailAt(raw: string): number {
  const at = Math.max(raw.lastIndexOf('-'), raw.lastIndexOf('‐'), raw.lastIndexOf('‑'));
  return at >= 0 && GLUED_TAIL.test(letterShape(raw.slice(at + 1))) ? at : -1;
}
const CAPTION_LABELS = new Set(['graphic', 'graphics', 'caption', 'video', 'videos', 'more', 'related']);
// Quotes do not end sentences by themselves (the full stop before a closing quote does), nor do colons and
// semicolons: a capital after them is a name's ("At Portsmouth: Middlesex beat Hampshire").
const SENTENCE_END = new Set(['.', '!', '?', '…']);

// A lower-case prefix before a hyphen makes an adjective ("anti-Islamist", "post-Mugabe"), except the Arabic
// article that opens names ("al-Aqsa", "el-Sisi", "ash-Shabab").
const PREFIXED_RE = /^(?!(?:al|el|ad|an|ar|as|ash|at|az|ul)-\p{Lu})\p{Ll}{2,}-/u;

/** "anti-Islamist", "pro-Kremlin": a prefix and a name make an adjective, not a name (most words have no hyphen). */
export const isPrefixedAdjective = (word: string): boolean => word.includes('-') && PREFIXED_RE.test(word);

/** Whether a word holds an apostrophe (straight or curly): most do not, and the rest of `pushWord` is for them. */
const hasApostrophe = (raw: string): boolean => raw.includes("'") || raw.includes('’');

/**
 * Whether a token of `TOKEN_RE` (see token-scan.ts) is a word (holds a letter or a digit), told from its first
 * character when it is ASCII: a word's match starts with a letter or digit, anything else is one mark.
 */
function isWordToken(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code >= 128) return /[\p{L}\p{N}]/u.test(raw);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Whether `raw` may be lower-case words glued to a capitalised one (see GLUED_WORDS_RE): an ASCII first character
 * must be a to z, and an ASCII word needs a capital from its fourth letter on.
 */
function mayBeGlued(raw: string): boolean {
  const first = raw.charCodeAt(0);
  if (first < 128 && (first < 97 || first > 122)) return false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 128 || (i >= 3 && code >= 65 && code <= 90)) return true;
  }
  return false;
}

interface Cursor {
  line: number;
  sentence: number;
  atStart: boolean;
  stops: ReadonlySet<string>;
  calendar: ReadonlySet<string>;
}

// What one pass over a word's character codes tells (see `asciiCase`), as bits: no object per word.
const CAPITAL = 1;
const LOUD = 2;
const NOT_ASCII = 4;

/**
 * Whether a word has a capital, and whether it is loud (two letters or more, none in lower case), from its codes
 * when it is ASCII (most words); NOT_ASCII otherwise, the Unicode tests left to `unicodeCase`.
 */
function asciiCase(text: string): number {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) return NOT_ASCII;
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
  }
  return (upper > 0 ? CAPITAL : 0) | (upper >= 2 && lower === 0 ? LOUD : 0);
}

/** `asciiCase`'s bits for a word with other characters. */
function unicodeCase(text: string): number {
  if (!/\p{Lu}/u.test(text)) return 0;
  return !/\p{Ll}/u.test(text) && text.replace(/[^\p{L}]/gu, '').length >= 2 ? CAPITAL | LOUD : CAPITAL;
}

/**
 * « Grand Est », « Paris-Est »: French « est » capitalised inside a sentence is the east, not the verb; after an
 * elided article (« L’Est républicain ») it is no verb either, even opening one.
 */
const eastInName = (text: string, c: Cursor, elided: boolean): boolean =>
  text === 'Est' && (!c.atStart || elided);

function makeToken(text: string, start: number, isWord: boolean, c: Cursor, elided = false): Token {
  const ascii = asciiCase(text);
  // An ASCII word folds by lower case alone (what `foldWord` does with it).
  const folded = ascii & NOT_ASCII ? foldWord(text) : text.toLowerCase();
  const bits = !isWord ? 0 : ascii & NOT_ASCII ? unicodeCase(text) : ascii;
  const capital = (bits & CAPITAL) !== 0;
  const loud = (bits & LOUD) !== 0;
  return {
    text,
    folded,
    start,
    isWord,
    stop:
      isWord && ((c.stops.has(folded) && !loud && !eastInName(text, c, elided)) || c.calendar.has(folded)),
    capital,
    loud,
    nameLike: capital && !isPrefixedAdjective(text),
    initial: isWord && c.atStart,
    headline: false,
    elided,
    possessive: false,
    contraction: false,
    line: c.line,
    sentence: c.sentence,
  };
}

// A caption glued to the next sentence ("Media captionWho said it"): a lower-case word of three letters or more
// directly followed by a capitalised one. Brands glue one lower-case letter at most ("iPhone", "eBay").
const GLUED_WORDS_RE = /^(\p{Ll}{3,})(?=\p{Lu}\p{Ll})/u;

// English compounds' short tails ("Kim-led", "Covid-hit", "Biden-era"): the word, not a syllable of the name.
const COMPOUND_TAILS = new Set(
  'led run era hit old set won new one day way age war bar key pro ish out off all up on in'.split(' '),
);
// "Kore-eda", "Ing-wen": a short capitalised syllable, a hyphen and a short lower-case one.
// Read on the word's shape (see letter-shape.ts).
const SYLLABLES = /^Ul{1,3}[-‐‑]l{2,3}$/;
const HYPHEN = /[-‐‑]/;

/** The second of two short syllables joined by a hyphen (`/^\p{Lu}\p{Ll}{1,3}[-‐‑](\p{Ll}{2,3})$/u`): "Kore-eda" → "eda". */
export function syllableTail(raw: string): string | undefined {
  return SYLLABLES.test(letterShape(raw)) ? raw.slice(raw.search(HYPHEN) + 1) : undefined;
}

/**
 * "Kore-eda", "Tsai Ing-wen": two short syllables joined by a hyphen, the second neither a function word
 * ("Cotti-le") nor a compound's word ("Kim-led"), are one name, as Japanese and Chinese names are romanised.
 */
function isNameSyllable(raw: string, c: Cursor): boolean {
  const tail = syllableTail(raw);
  return tail !== undefined && !COMPOUND_TAILS.has(tail) && !c.stops.has(tail);
}

/** "Jong-un" after "Kim": a given name, not a word with a tail glued on like "Washington-based". */
function isHyphenatedGivenName(tokens: readonly Token[], raw: string): boolean {
  const before = tokens.at(-1);
  return (
    before?.isWord === true &&
    /^\p{Lu}/u.test(before.text) &&
    HYPHENATED_GIVEN_SURNAMES.has(before.folded) &&
    isTwoSyllableGivenName(raw)
  );
}

/**
 * Pushes the tokens of one word: "Washington-based" gives two, "l’Europe" gives "Europe" marked elided. `bare`:
 * no word follows, so a possessive owns nothing and names a place or a shop ("at Lord’s,", "McDonald’s.").
 */
function pushWord(tokens: Token[], raw: string, at: number, c: Cursor, bare = false): void {
  const glued = mayBeGlued(raw) ? GLUED_WORDS_RE.exec(raw) : null;
  if (glued?.[1]) {
    tokens.push(makeToken(glued[1], at, true, c));
    c.atStart = true;
    pushWord(tokens, raw.slice(glued[1].length), at + glued[1].length, c);
    return;
  }
  const tail =
    /[-‐‑]/.test(raw) &&
    /^\p{Lu}/u.test(raw) &&
    !isHyphenatedGivenName(tokens, raw) &&
    !isNameSyllable(raw, c)
      ? gluedTailAt(raw)
      : -1;
  if (tail >= 0) {
    tokens.push(makeToken(raw.slice(0, tail), at, true, c));
    c.atStart = false;
    tokens.push(makeToken(raw.slice(tail + 1), at + tail + 1, true, c));
    return;
  }
  if (!hasApostrophe(raw)) {
    tokens.push(makeToken(raw, at, true, c));
    return;
  }
  const elision = ELISION_RE.exec(raw);
  const prefix = foldWord(elision?.[1] ?? '');
  // Only « l’ », « d’ », « qu’ »... come before a name; "N’Golo", "N’Djamena" are names themselves.
  const beforeCapital = /^\p{Lu}/u.test(raw.slice((elision?.[0] ?? '').length));
  const elided = elision !== null && ELISIONS.has(prefix) && (!beforeCapital || !VERB_ELISIONS.has(prefix));
  const offset = elided && elision ? elision[0].length : 0;
  const word = raw.slice(offset);
  const owner = word.replace(POSSESSIVE_RE, '');
  const text = bare && !c.stops.has(foldWord(owner)) && !c.calendar.has(foldWord(owner)) ? word : owner;
  const token = makeToken(text, at + offset, true, c, elided);
  token.possessive = text.length < raw.length - offset;
  token.contraction = isContraction(text);
  token.nameLike &&= !token.contraction;
  tokens.push(token);
}

/**
 * « Nassim A. », "Leanne L. Hivley": a capital letter and its full stop after a given name (a capitalised word
 * no other one opens) is an initial, not the article or the preposition the letter also spells.
 */
function keepInitial(tokens: Token[], after: string | undefined): void {
  const [before, name, letter] = [tokens.at(-3), tokens.at(-2), tokens.at(-1)];
  // "I." after a name is a ruler's number ("Friedrich Wilhelm I."), which generation-suffixes.ts reads.
  if (after !== '.' || letter?.text === 'I' || !letter?.stop || !letter.capital) return;
  if (!name?.nameLike || name.stop || name.loud) return;
  if (before?.nameLike && !before.stop && before.sentence === name.sentence) return;
  letter.stop = false;
}

/**
 * Splits text into tokens; elided French articles and English possessives are removed from the words. `stops`
 * are the function words of the text's language (folded).
 */
export function tokenize(
  text: string,
  stops: ReadonlySet<string>,
  calendar: ReadonlySet<string> = CALENDAR,
): Token[] {
  const tokens: Token[] = [];
  const c: Cursor = { line: 0, sentence: 0, atStart: true, stops, calendar };
  let lastBreak = -2;
  const scan = new TokenScan(text);
  while (scan.advance()) {
    const { raw, at } = scan;
    if (raw === '\n') {
      const prev = tokens[tokens.length - 1];
      c.line++;
      // A line that continues a sentence (newspaper columns), unless a blank line closes the paragraph.
      const blank = /^\n[ \t]*$/.test(text.slice(lastBreak, at)) || lastBreak === at - 1;
      lastBreak = at;
      if (!blank && prev && continuesLine(prev, tokens[tokens.length - 2])) continue;
      if (!c.atStart) c.sentence++;
      c.atStart = true;
    } else if (isWordToken(raw)) {
      const pushed = tokens.length;
      // Only a word with an apostrophe asks what follows it (a possessive's owner, see pushWord).
      const end = at + raw.length;
      // "at St Botolph's until…", "St Mary's in Ely": a saint's possessive before no name names the church or
      // the school, as one with nothing after does.
      const bare =
        hasApostrophe(raw) &&
        (PHRASE_END_RE.test(text.slice(end, end + 8)) ||
          (isSaints(tokens, tokens.length) && !CAPITAL_NEXT_RE.test(text.slice(end, end + 4))));
      pushWord(tokens, raw, at, c, bare);
      if (raw.length === 1) keepInitial(tokens, text[end]);
      // "US10YT=RR", "x=Foo": a word glued after an equals sign is part of a code, not a name.
      if (text[at - 1] === '=' || isSlashedLetter(text, at, raw))
        for (const t of tokens.slice(pushed)) t.nameLike = false;
      c.atStart = false;
    } else if (isPluralPossessive(raw, at, text, tokens.at(-1))) {
      (tokens.at(-1) as Token).possessive = true;
    } else {
      tokens.push(makeToken(raw, at, false, c));
      // "(Graphic: Global assets in 2019)", "Read more: Ten ways…": the label opens a caption or a link's text,
      // whose first capital says nothing (a credit's label, "Photo: KNA", is followed by a name).
      if (raw === ':' && CAPTION_LABELS.has(tokens[tokens.length - 2]?.folded ?? '')) c.atStart = true;
      else if (endsSentence(raw, tokens)) {
        if (!c.atStart) c.sentence++;
        c.atStart = true;
      }
    }
  }
  markLabels(tokens);
  return tokens;
}

/**
 * "Course: Main Cuisine: Thai Servings: 4": on a line of labels and values, a capitalised word glued after a value
 * and before a colon is the next label, not the end of a name ("Main Cuisine", "Thai Servings").
 */
function markLabels(tokens: Token[]): void {
  let colonLine = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text !== ':') continue;
    const label = tokens[i - 1];
    if (colonLine === t.line && label?.capital && tokens[i - 2]?.capital && label.line === t.line) {
      label.nameLike = false;
    }
    colonLine = t.line;
  }
}

// After a plural's apostrophe, a capitalised word in the same sentence: "Midwives' Association", "Officers' Federation".
const AFTER_PLURAL_POSSESSIVE_RE = /^[ \t]+\p{Lu}/u;

/**
 * "Midwives' Association", "St James' Park": an apostrophe right after a word ending in s, before a capitalised
 * word, is a plural's possessive, not a closing quote; its word owns what follows (see `possessiveInName`).
 */
function isPluralPossessive(raw: string, at: number, text: string, prev: Token | undefined): boolean {
  if ((raw !== "'" && raw !== '’') || !prev?.isWord || !/s$/u.test(prev.text)) return false;
  return prev.start + prev.text.length === at && AFTER_PLURAL_POSSESSIVE_RE.test(text.slice(at + 1, at + 4));
}

// One capital, a slash, one capital: a vessel's or an aircraft's prefix ("M/V", "F/V", "R/V"), no part of the name.
// A shape (see letter-shape.ts).
const SLASHED_PAIR = /^U\/U(?![UlL\dN/])/;

/** The word at `at` is a letter of a slashed pair ("M/V Sea Harrow"): the name starts after it. */
function isSlashedLetter(text: string, at: number, raw: string): boolean {
  if (raw.length !== 1) return false;
  const from = text[at - 1] === '/' ? at - 2 : at;
  return (
    from >= 0 &&
    !/[\p{L}\p{N}]/u.test(text[from - 1] ?? '') &&
    SLASHED_PAIR.test(letterShape(text.slice(from, from + 4)))
  );
}

/** A full stop after "M", "Dr" or a single initial ("George W. Bush") does not end the sentence. */
function endsSentence(punct: string, tokens: Token[]): boolean {
  if (!SENTENCE_END.has(punct)) return false;
  if (punct !== '.') return true;
  const before = tokens[tokens.length - 2];
  if (!before?.isWord) return true;
  return !(ABBREVIATIONS.has(before.folded) || /^\p{Lu}$/u.test(before.text));
}

/** A line break inside a sentence (newspaper columns): previous line ends on a comma, lower-case word or "M.". */
function continuesLine(prev: Token, beforePrev: Token | undefined): boolean {
  if (prev.isWord) return /^\p{Ll}/u.test(prev.text);
  if (prev.text === ',' || prev.text === '-') return true;
  return prev.text === '.' && beforePrev !== undefined && !endsSentence('.', [beforePrev, prev]);
}
