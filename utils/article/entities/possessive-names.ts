// Possessives that stay inside a name: "Nurses and Midwives' Association", "Police Officers' Federation",
// "St James' Park", "St Mary's Hospital", "St Patrick's Day", "District Attorney's Office". Elsewhere a possessive ends the name
// ("Microsoft's Azure").
import { GIVEN_NAMES, isKnownName, PLACES } from './gazetteer';
import { words } from './gazetteer/set';
import { writtenCounts, writtenTwice } from './title-case-works';
import type { Token } from './tokenize';

/** Heads of bodies and places named after their members or a saint: "Teachers' Union", "Lions' Club". */
const MEMBER_HEADS = words(`association federation union party council league alliance guild society club fund
trust hospital park college school church institute foundation coalition congress confederation forum movement day
group scheme network committee panel collective cooperative co-operative`);
// Capitalised words between a plural owner and its body's head: "Teachers' Pension Scheme".
const MAX_BEFORE_HEAD = 2;

// Plural nouns whose possessive stays inside a name: "People’s Liberation Army", "Women’s World Cup".
const PLURAL_POSSESSORS = new Set(['people', 'women', 'men', 'children', 'workers', 'veterans', 'farmers']);

const SAINTS = new Set(['st', 'ste', 'saint']);

// Officers whose office is a body of its own: "District Attorney's Office", "Sheriff's Department".
const OFFICERS =
  words(`attorney prosecutor sheriff coroner mayor governor auditor comptroller controller treasurer
solicitor marshal`);
const OFFICES = new Set(['office', 'department']);

// Heads of landmarks named for an owner: "Hadrian's Wall", "Offa's Dyke", "King's Cross", "Robin Hood's Bay".
const LANDMARK_HEADS = words('wall bridge cross dyke gate way point head island bay');

/** "St Mary's", "St. John's": the possessive is a saint's, and the name goes on after it. */
export function isSaints(tokens: readonly Token[], owner: number): boolean {
  const before = tokens[owner - 1];
  const title = before?.text === '.' ? tokens[owner - 2] : before;
  return title !== undefined && SAINTS.has(title.folded) && /^\p{Lu}/u.test(title.text);
}

/**
 * Whether the possessive `tokens[at - 1]` stays inside the name going on with `tokens[at]`: a kind of people
 * ("Women’s World Cup"), a plural owner before the head of a body ("Midwives' Association"), an officer before
 * the office ("Sheriff's Office"), or a saint's name before anything capitalised.
 */
export function possessiveInName(tokens: readonly Token[], at: number): boolean {
  const owner = tokens[at - 1];
  const next = tokens[at];
  if (!owner?.possessive) return false;
  if (PLURAL_POSSESSORS.has(owner.folded) && next?.nameLike === true && !next.headline) return true;
  if (!next?.capital || next.sentence !== owner.sentence) return false;
  if (OFFICERS.has(owner.folded) && OFFICES.has(next.folded)) return true;
  if (isSaints(tokens, at - 1)) return true;
  if (landmarkOf(tokens, at)) return true;
  return (owner.folded.endsWith('s') && headFollows(tokens, at)) || boundPossessive(tokens, at);
}

/**
 * "Sadler's Wells", "Hadrian's Wall", "Lloyd's Register": an owner and the one capitalised word after its
 * possessive, written together at least twice and neither ever without the other, are one name (the owner of
 * "Kellbrook's Vireo" is written alone elsewhere, or its thing is). Neither may be a name the gazetteer knows
 * ("Britain's Navy"), nor the owner a person, by a given name ("Kate Beaton's Ducks" is her book).
 */
function boundPossessive(tokens: readonly Token[], at: number): boolean {
  const owner = tokens[at - 1] as Token;
  const next = tokens[at] as Token;
  if (next.stop || next.possessive || next.headline || !next.isWord) return false;
  const counts = writtenCounts(tokens);
  const times = counts.get(owner.text) ?? 0;
  if (times < 2 || counts.get(next.text) !== times) return false;
  if (isKnownName(owner.folded) || isKnownName(next.folded)) return false;
  if (GIVEN_NAMES.has(owner.folded) || GIVEN_NAMES.has(tokens[at - 2]?.folded ?? '')) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text === owner.text && (!t.possessive || tokens[i + 1]?.text !== next.text)) return false;
  }
  return true;
}

/** A name's folded words close on an owner's possessive and a landmark's head ("hadrian s wall"): a place. */
export const namesLandmark = (ws: readonly string[]): boolean =>
  ws.length >= 3 && ws[ws.length - 2] === 's' && LANDMARK_HEADS.has(ws[ws.length - 1] ?? '');

/**
 * "Hadrian's Wall", "Devil's Bridge": a landmark's head after a capitalised owner's possessive is one place's
 * name, even written once. Not so a known name's thing ("Britain's Way"), a person's ("Donald Trump's Wall", by the
 * given name), nor one inside a headline or before more capitalised words or a number ("Labour's Way Forward").
 */
function landmarkOf(tokens: readonly Token[], at: number): boolean {
  const owner = tokens[at - 1] as Token;
  const head = tokens[at] as Token;
  if (!LANDMARK_HEADS.has(head.folded) || head.headline || owner.loud || !/^\p{Lu}\p{Ll}/u.test(owner.text))
    return false;
  // "Baldur's Gate 3": a number after the head makes a work's or a product's name of it.
  const after = tokens[at + 1];
  if (after?.sentence === head.sentence && (after.capital || /^\d/.test(after.text))) return false;
  if (isKnownName(owner.folded) || GIVEN_NAMES.has(tokens[at - 2]?.folded ?? '')) return false;
  return !(
    tokens[at - 2]?.capital === true &&
    tokens[at - 2]?.sentence === owner.sentence &&
    !tokens[at - 2]?.stop
  );
}

/**
 * A body's head (see MEMBER_HEADS) at `at` or after up to two more capitalised words of the sentence: "Residents'
 * Group", "Teachers' Pension Scheme". Words before it only when the owner is no known place ("Texas' State
 * Education Council" is the state's).
 */
function headFollows(tokens: readonly Token[], at: number): boolean {
  const owner = tokens[at - 1] as Token;
  for (let k = at; k <= at + MAX_BEFORE_HEAD; k++) {
    const t = tokens[k];
    if (!t?.capital || t.stop || t.sentence !== owner.sentence) return false;
    if (MEMBER_HEADS.has(t.folded)) return k === at || !PLACES.has(owner.folded);
  }
  return false;
}

/**
 * "The Ferryman's Daughter", "The Handmaid's Tale": "The", an owner and one capitalised word after its possessive,
 * written so more than once, are a work's title, one name (a one-off "The Mayor's Office" is left to the rules
 * above). `at` is the word after the possessive, `start` where the run begins.
 */
export function possessiveTitle(tokens: readonly Token[], start: number, at: number): boolean {
  const the = tokens[start];
  const next = tokens[at];
  if (the?.text !== 'The' || at !== start + 2 || !next?.capital || next.stop) return false;
  if (next.sentence !== the.sentence) return false;
  return writtenTwice(
    tokens,
    tokens.slice(start, at + 1).map((t) => t.text),
  );
}
