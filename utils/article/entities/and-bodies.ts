// "the Work and Pensions Committee", "the US Food and Drug Administration", "the Centers for Disease Control and
// Prevention": bodies whose names join two words or complements with "and".
import { GIVEN_NAMES, ORG_WORDS, ORGANIZATIONS, PLACE_WORDS, PLACES } from './gazetteer';
import { REMIT_HEADS } from './listed-remits';
import type { Token } from './tokenize';

const MAX_AFTER = 3;

/**
 * After "the" and one capitalised word (or a country's name and one: "the US Food"), "and" joins the words that
 * follow it when they close a body's name ("the Energy and Commerce Committee"): not after a known place or
 * organisation ("the UK and European Commission" lists two) or an acronym, not after a word joined already.
 */
export function joinsBodyAfterAnd(tokens: readonly Token[], start: number, at: number): boolean {
  const connector = tokens[at];
  if (connector?.text !== 'and') return false;
  // "The" opening a sentence opens the run too.
  const first = tokens[start]?.folded === 'the' ? start + 1 : start;
  if (servesArea(tokens, first, at) || crownBody(tokens, start, at)) return true;
  const from =
    tokens[first - 1]?.folded === 'the' ? afterPlace(tokens, first, at) : placeOpened(tokens, start, at);
  if (from < 0) return false;
  const left = tokens[from];
  if (!left || at !== from + 1) return false;
  // An acronym is a name of its own ("the PACT and Preservation Trust initiatives").
  if (left.loud || PLACES.has(left.folded) || ORGANIZATIONS.has(left.folded) || ORG_WORDS.has(left.folded))
    return false;
  const end = capitalisedEnd(tokens, at + 1, connector.sentence);
  // Two words at least after "and", the last a body's ("Pensions Committee"), then no more capitals.
  return end - at > 2 && end - at <= MAX_AFTER + 1 && ORG_WORDS.has(tokens[end - 1]?.folded ?? '');
}

/** "HM" (His Majesty's, folded) opening a name: a Crown body's ("HM Treasury", "HM Revenue and Customs"). */
export const opensCrownBody = (first: string): boolean => first === 'hm';

/**
 * "HM Revenue and Customs", "HM Courts and Tribunals Service": "HM" (His Majesty's) opens a Crown body's name,
 * one remit, "and", then the other and its body's word, if any.
 */
function crownBody(tokens: readonly Token[], start: number, at: number): boolean {
  const sentence = tokens[at]?.sentence ?? -1;
  return (
    at - 2 >= start &&
    tokens[at - 2]?.text === 'HM' &&
    opensCrownBody(tokens[at - 2]?.folded ?? '') &&
    isCapitalised(tokens[at - 1], sentence) &&
    capitalisedEnd(tokens, at + 1, sentence) > at + 1
  );
}

// Duties a local service is named for, written after its area with no body's word after them.
const SERVICE_PAIRS = new Set(['fire and rescue', 'search and rescue', 'parks and recreation']);

/**
 * "Lincolnshire Fire and Rescue", "Kent Fire and Rescue Service": one or two words of an area (no acronym), then a
 * service's pair of duties closing the run (or a body's word after it), name the local service whole, its area
 * known or not.
 */
function servesArea(tokens: readonly Token[], first: number, at: number): boolean {
  // "Later Kent Fire and Rescue said…": a capitalised opener is no part of the area.
  let from = first;
  while (from < at - 1 && tokens[from]?.stop) from++;
  const area = at - 1 - from;
  const right = tokens[at + 1];
  if (area < 1 || area > 2 || !right) return false;
  // The pair closes the run, or one body's word after it does ("Fire and Rescue Service").
  const end = capitalisedEnd(tokens, at + 1, right.sentence);
  if (end !== at + 2 && (end !== at + 3 || !ORG_WORDS.has(tokens[at + 2]?.folded ?? ''))) return false;
  if (!tokens.slice(from, at - 1).every((t) => t.nameLike && !t.loud && !t.stop)) return false;
  return SERVICE_PAIRS.has(`${tokens[at - 1]?.folded} and ${right.folded}`);
}

/**
 * "Leicestershire Fire and Rescue Service declared…": a sentence opening with an area's word before a service's
 * pair of duties (see servesArea); the area is the name's, though the text never writes it inside a sentence.
 */
export const opensLocalService = (tokens: readonly Token[], a: number, b: number): boolean =>
  tokens[a + 2]?.text === 'and' && a + 3 < b && servesArea(tokens, a, a + 2);

/**
 * "the US Food": the word after a country's name before the body's own; "the House Transportation": the second of
 * two words that make no name of their own (no known place or body, no acronym, no body's word closing them), as
 * a chamber's committee opens; else `first` itself.
 */
function afterPlace(tokens: readonly Token[], first: number, at: number): number {
  if (at !== first + 2) return first;
  const opener = tokens[first];
  const second = tokens[first + 1];
  if (PLACES.has(opener?.folded ?? '')) return first + 1;
  if (!opener || !second || !opener.nameLike || opener.loud) return first;
  const pair = `${opener.folded} ${second.folded}`;
  const known = PLACES.has(pair) || ORGANIZATIONS.has(pair) || GIVEN_NAMES.has(opener.folded);
  return known ? first : first + 1;
}

/**
 * Without "the", a local service's name opened by its area's ("West Yorkshire Fire and Rescue Service", "Kent Fire
 * and Rescue"): the word before "and" when a known place (its last word known) ends the run just before it; else -1.
 */
function placeOpened(tokens: readonly Token[], start: number, at: number): number {
  const from = at - 1;
  if (from - start < 1 || from - start > 2) return -1;
  const area = tokens.slice(start, from);
  return PLACES.has(area.at(-1)?.folded ?? '') && area.every((t) => t.nameLike && !t.loud) ? from : -1;
}

// Connectors that open a body's complement: "Centers for Disease Control", "Department of Health", "Committee on
// Foreign Affairs", "Royal Commission into Aged Care".
const COMPLEMENT = new Set(['for', 'of', 'on', 'into']);
const MAX_COMPLEMENT_TAIL = 2;

/**
 * In a body's complement ("Centers for Disease Control", "Office of Management"), "and" joins the one or two
 * capitalised words after it that end the name ("and Prevention", "and Human Services", "and Budget"): not a
 * known place, body or given name ("the Department of Justice and Google" lists two).
 */
export function joinsComplementAfterAnd(tokens: readonly Token[], start: number, at: number): boolean {
  const connector = tokens[at];
  if (connector?.text !== 'and') return false;
  let opened = false;
  for (let k = start + 1; k < at; k++) {
    const t = tokens[k] as Token;
    if (t.text === 'and') return false;
    const head = tokens[k - 1]?.folded ?? '';
    if (COMPLEMENT.has(t.text) && (ORG_WORDS.has(head) || REMIT_HEADS.has(head))) opened = true;
  }
  if (!opened) return false;
  const end = capitalisedEnd(tokens, at + 1, connector.sentence);
  const tail = tokens.slice(at + 1, end);
  if (tail.length === 0 || tail.length > MAX_COMPLEMENT_TAIL) return false;
  const known = (t: Token) =>
    PLACES.has(t.folded) || ORGANIZATIONS.has(t.folded) || GIVEN_NAMES.has(t.folded);
  return !tail.some(known);
}

/** One past the run of capitalised words (no function word) from `from` inside one sentence. */
function capitalisedEnd(tokens: readonly Token[], from: number, sentence: number): number {
  let j = from;
  while (j - from <= MAX_AFTER && isCapitalised(tokens[j], sentence)) j++;
  return j;
}

const isCapitalised = (t: Token | undefined, sentence: number): boolean =>
  t?.nameLike === true && !t.headline && !t.stop && t.sentence === sentence;

// Words that close a whole name and never take "and" inside it: "St Mary's Hospital", "Index Ventures".
const CLOSING_HEADS = new Set(
  `hospital cathedral church university college school ventures capital partners army museum airport stadium
  foundation institute`.split(/\s+/),
);

/**
 * "Index Ventures and Sequoia Capital", "St Mary's Hospital and Christ Church Cathedral": "and" after a name of two
 * words at least closed by a head that takes no "and" inside (see CLOSING_HEADS), before two capitalised words or
 * more closed by a body's word or making a known body, lists two names ("the Securities and Exchange Commission"
 * is one).
 */
export function listsTwoBodies(tokens: readonly Token[], start: number, at: number): boolean {
  const connector = tokens[at];
  const left = tokens[at - 1];
  const first = tokens[start]?.folded === 'the' ? start + 1 : start;
  if (connector?.text === 'and' && left && headAloneBeforeName(tokens, first, at)) return true;
  if (connector?.text !== 'and' || !left || at - first < 2 || !CLOSING_HEADS.has(left.folded)) return false;
  const end = capitalisedEnd(tokens, at + 1, connector.sentence);
  const right = tokens.slice(at + 1, end).map((t) => t.folded);
  // One word after "and" is a name of its own ("Peak Harbour Partners and Temasek"), unless it heads a body or a
  // place itself ("Mariners' Museum and Park").
  if (right.length === 1) {
    const [word = ''] = right;
    return !ORG_WORDS.has(word) && !PLACE_WORDS.has(word);
  }
  if (right.length < 2) return false;
  return ORG_WORDS.has(right.at(-1) ?? '') || ORGANIZATIONS.has(right.join(' '));
}

/**
 * "the Coalition and One Nation", "the Government and Sinn Féin": a body's head alone after "the" names the body
 * of the article's context, and the name after "and", not closed by a body's, a place's or a law's head, another.
 */
function headAloneBeforeName(tokens: readonly Token[], first: number, at: number): boolean {
  const head = tokens[first];
  const connector = tokens[at] as Token;
  if (at !== first + 1 || tokens[first - 1]?.folded !== 'the' || !ORG_WORDS.has(head?.folded ?? ''))
    return false;
  const end = capitalisedEnd(tokens, at + 1, connector.sentence);
  const last = tokens[end - 1];
  if (end === at + 1 || !last || isCapitalised(tokens[end], connector.sentence)) return false;
  return !ORG_WORDS.has(last.folded) && !PLACE_WORDS.has(last.folded) && !TITLE_HEADS.has(last.text);
}

// The words that close a law's or a policy's title and govern both halves of its "and": "the Children's Wellbeing
// and Schools Bill", "the Clean Air and Water Strategy".
const TITLE_HEADS = new Set(['Bill', 'Act', 'Strategy', 'Plan', 'Programme', 'Program']);
const MAX_TITLE_LEFT = 3;
// After "the", a title's first half may be longer: "the Hong Kong Human Rights and Democracy Act".
const MAX_TITLE_LEFT_AFTER_THE = 5;

/**
 * "Children's Wellbeing and Schools Bill": "and" inside a law's or a policy's title, before one or two capitalised
 * words and the head that closes it (see TITLE_HEADS), after one to three capitalised words (five after "the") that
 * are no acronym and do not end on a known place or body ("the UK and Ireland Plan" names two), nor hold a given
 * name (a person).
 */
export function joinsTitleAfterAnd(tokens: readonly Token[], start: number, at: number): boolean {
  const connector = tokens[at];
  if (connector?.text !== 'and') return false;
  const first = tokens[start]?.folded === 'the' ? start + 1 : start;
  const left = tokens.slice(first, at);
  const last = left.at(-1);
  const maxLeft = tokens[first - 1]?.folded === 'the' ? MAX_TITLE_LEFT_AFTER_THE : MAX_TITLE_LEFT;
  if (!last || left.length > maxLeft || left.some((t) => t.loud)) return false;
  if (
    PLACES.has(last.folded) ||
    ORGANIZATIONS.has(last.folded) ||
    left.some((t) => GIVEN_NAMES.has(t.folded))
  )
    return false;
  const end = capitalisedEnd(tokens, at + 1, connector.sentence);
  return end - at >= 3 && end - at <= MAX_AFTER + 1 && TITLE_HEADS.has(tokens[end - 1]?.text ?? '');
}
