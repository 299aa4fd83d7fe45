// "Salt and Silver", ‘Pride and Prejudice’: English quotes the titles of works whole, so the lower-case function
// words inside a quotation that holds nothing but capitalised words and them belong to one name.
import { isKnownName } from './gazetteer';
import { isQuoted, type Mention } from './mention';
import { isGivenName } from './titles';
import type { Token } from './tokenize';
import { writtenAgain } from './written-again';

const OPENING = new Set(['"', '“', '‘', "'"]);
const CLOSING = new Set(['"', '”', '’', "'"]);
// Function words English leaves in lower case inside a title.
const TITLE_WORDS = new Set('and of the in on for to with a an at from by or'.split(' '));
const MAX_TOKENS = 8;
const LISTING = new Set(['and', 'or']);

const isListed = (t: Token | undefined): boolean =>
  t !== undefined && (isKnownName(t.folded) || isGivenName(t.folded));

const touches = (a: Token, b: Token): boolean => a.start + a.text.length === b.start;

/**
 * One past the quoted title that starts at `start`, when a quotation mark opens right before it and closes
 * right after its last capitalised word (or after a comma or full stop there), with only lower-case function
 * words between capitalised ones, and the article writes those words again; else `start`.
 */
export function quotedTitleEnd(tokens: readonly Token[], start: number): number {
  const open = tokens[start - 1];
  const first = tokens[start];
  if (!open || !first || !OPENING.has(open.text) || !touches(open, first)) return start;
  let j = start;
  let inner = false;
  let listed = isListed(first);
  while (j - start < MAX_TOKENS) {
    const t = tokens[j];
    if (!t?.isWord || t.line !== first.line) break;
    if (t.capital && t.nameLike && !t.headline) j++;
    else if (TITLE_WORDS.has(t.text) && j > start) {
      inner = true;
      if (LISTING.has(t.text)) listed ||= isListed(tokens[j + 1]);
      j++;
    } else break;
  }
  // “Britain and France”, “Anna or Tom”: known names or people listed in a quotation are each their own.
  if (listed) return start;
  const last = tokens[j - 1] as Token;
  if (!inner || !last.capital || last.stop) return start;
  const after = tokens[j];
  const close = after && /^[,.]$/.test(after.text) ? tokens[j + 1] : after;
  if (!after || !close || !CLOSING.has(close.text) || !touches(last, after)) return start;
  // Written so once, the quotation may be a phrase; a title is named again, or called a work near it.
  return writtenAgain(tokens, start, j) || calledWork(tokens, start, j) ? j : start;
}

// Kinds of work a title is called, folded: "the film “Ashes at Low Tide”", "“Ballad of the Northern Line,” a
// British musical", « avec « Les Chiens du port », premier long-métrage »; and the verbs that sing or play one
// ("she sang “Blue in the Night”", « elle chantait « Les Quais gris » »).
export const WORKS = new Set(
  `film films movie movies documentary drama comedy musical thriller western novel book memoir album song single
  series sitcom play opera ballet painting podcast long-metrage court-metrage documentaire roman livre serie
  piece chanson spectacle essai recueil disque sang sings sing singing chante chantait chanter chantee chantent
  interprete interpretait interpreter`.split(/\s+/),
);
const BEFORE = 4;
const AFTER = 8;

/** A kind of work named just before the quotation at tokens[a..b) or just after it, in its sentence. */
function calledWork(tokens: readonly Token[], a: number, b: number): boolean {
  const sentence = tokens[a]?.sentence;
  const near = [...tokens.slice(Math.max(0, a - 1 - BEFORE), a - 1), ...tokens.slice(b, b + AFTER)];
  return near.some((t) => t.sentence === sentence && WORKS.has(t.folded));
}

// Kinds of named initiatives, plans and works written in lower case before their quoted title, folded, and the
// participles that give a name (« le dispositif, baptisé « Bouclier tarifaire » »).
const QUOTED_KINDS = new Set(
  `initiative referendum votation motion petition plan programme projet loi pacte strategie campagne operation
  dispositif label film livre roman album chanson spectacle serie documentaire essai campaign bill
  scheme ballot measure proposition baptise baptisee baptises baptisees intitule intitulee surnomme surnommee`.split(
    /\s+/,
  ),
);

/** « le plan « France 2030 » », « baptisé « Bouclier tarifaire » »: a kind or a naming word just before the
 * quotation that opens at tokens[at]. */
export const namedKindBefore = (tokens: readonly Token[], at: number): boolean =>
  QUOTED_KINDS.has(tokens[at - 2]?.folded ?? '') && !tokens[at - 2]?.capital;

/** A mention quoted whole after its kind (« le plan « France 2030 » »): a plan's, a campaign's or a work's name. */
export const quotedAfterKind = (m: Mention): boolean => isQuoted(m) && QUOTED_KINDS.has(m.before[1] ?? '');

const FRENCH_MAX_WORDS = 6;

// French quotation marks, and the English ones some French sites set instead (“Les Chiens du port”).
const FRENCH_PAIRS = new Map([
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
]);

/**
 * « Les Chiens du port », premier long-métrage: French quotes a work's title whole, in sentence case, so the
 * words up to the closing quotation mark are its name when it opens with a capital, holds words only, and is
 * named again, called a work near it or named by its kind just before (« le plan « France 2030 » »). One past its last word; else `start`.
 */
export function frenchQuotedTitleEnd(tokens: readonly Token[], start: number): number {
  const first = tokens[start];
  const close = FRENCH_PAIRS.get(tokens[start - 1]?.text ?? '');
  if (!close || !first?.capital) return start;
  let j = start;
  while (j - start < FRENCH_MAX_WORDS && tokens[j]?.isWord && tokens[j]?.line === first.line) j++;
  if (j - start < 2 || tokens[j]?.text !== close) return start;
  // A name in capitals throughout is read whole already; a title has a lower-case word to keep.
  if (tokens.slice(start, j).every((t) => t.capital)) return start;
  return writtenAgain(tokens, start, j) || calledWork(tokens, start, j) || namedKindBefore(tokens, start)
    ? j
    : start;
}
