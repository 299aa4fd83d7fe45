import { PICTURE_CREDIT } from '@/utils/article/extract/picture-credit';

/**
 * A picture's credit opened by its word, kept in the text as a line of its own (« Photo Le Courrier du Val,
 * Jean Dupont ») or in brackets closing a caption (« (Illustration – J. Dupont / Le Courrier) »): the names in it
 * took or own the picture; the article does not tell of them. Names only follow the word: every word of the rest
 * opens with a capital, or links names (« de », "by", « pour »), so a sentence about photos is none.
 */
const LINKS = new Set(
  'de d du des la le les l pour par via et and by for of the von van der den di da archives archive'.split(
    ' ',
  ),
);
// A credit names a source or two, not a sentence's worth of words.
const MOST_WORDS = 10;

/** Whether `rest`, the words after the picture word, are names only. */
function namesOnly(rest: string): boolean {
  const words = rest.split(/[\s/–—:,|·()-]+/u).filter((w) => w !== '');
  if (words.length === 0 || words.length > MOST_WORDS) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || LINKS.has(w.toLowerCase().replace(/['’].*$/u, '')));
}

/** Whether `segment` is a credit: its picture word, then names only. */
function creditIn(segment: string): boolean {
  const word = PICTURE_CREDIT.exec(segment);
  return word !== null && namesOnly(segment.slice(word[0].length));
}

// Where a credit may open in a line: its start, after a caption's sentence, or in brackets.
const OPENING = /(?:^|[.!?…»”]\s+|\(\s*)/gu;

/** Where the picture credit closing `line` starts, or -1 (see above). */
function creditStart(line: string): number {
  for (const found of line.matchAll(OPENING)) {
    const from = found.index + found[0].length;
    const bracketed = found[0].startsWith('(');
    if (bracketed && !line.endsWith(')')) continue;
    if (creditIn(line.slice(from, bracketed ? -1 : undefined).trim())) return found.index;
  }
  return -1;
}

/** The picture credits of `text`, each as the offsets it runs between. */
export function pictureCredits(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trimEnd();
    const from = creditStart(trimmed);
    if (from >= 0) spans.push([start + from, start + trimmed.length]);
    start += line.length + 1;
  }
  return spans;
}
