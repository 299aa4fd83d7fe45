// "Ministry of Housing, Communities and Local Government", "Department for Environment, Food and Rural Affairs":
// an English ministry lists its remits with commas and a last "and"; the list is the name, not the end of it.
import { GIVEN_NAMES, isKnownName } from './gazetteer';
import { PURPOSE_HEADS } from './purpose-bodies';
import type { Token } from './tokenize';

// Universities named for their fields list them too: "University of Sciences, Techniques and Technologies".
const HEADS = new Set(['ministry', 'department', 'university', 'institute']);

/**
 * Bodies set up to look into a matter, named with it after "into" ("Royal Commission into Aged Care Quality and
 * Safety", "Inquiry into Historical Abuse"); "into" after another body is a movement ("sent the Army into Gaza").
 */
export const REMIT_HEADS = new Set([
  'commission',
  'inquiry',
  'enquiry',
  'review',
  'investigation',
  'taskforce',
]);
const LINKS = new Set(['of', 'for']);
const MAX_ITEMS = 5;

/**
 * One past a remit of up to `most` capitalised words at `at`, else `at`. A person, a known body or a place listed
 * there ("the Ministry of Defence, Jo Smith and Exxon") is no remit.
 */
function itemEnd(tokens: readonly Token[], at: number, sentence: number, most: number): number {
  let j = at;
  while (j - at < most && tokens[j]?.capital && !tokens[j]?.stop && tokens[j]?.sentence === sentence) {
    const folded = tokens[j]?.folded ?? '';
    if (GIVEN_NAMES.has(folded) || isKnownName(folded)) return at;
    j++;
  }
  return tokens[j]?.capital && tokens[j]?.sentence === sentence ? at : j;
}

/**
 * One past the remits listed from the comma at `at` to the last "and" item, when the name from `start` is a
 * ministry's or a department's ("Ministry of Housing"); `at` otherwise or when the list does not close.
 */
export function listedRemitsEnd(tokens: readonly Token[], start: number, at: number): number {
  if (tokens[at]?.text !== ',' && tokens[at]?.text !== 'and') return at;
  // "The Ministry of …": an article opening the run is no part of the name.
  const first = tokens[start]?.stop ? start + 1 : start;
  const head = tokens[first];
  if (!head) return at;
  const remits = HEADS.has(head.folded) && LINKS.has(tokens[first + 1]?.text ?? '');
  if (!remits && !statesPurpose(tokens, first, at)) return at;
  let j = at;
  for (let items = 0; items < MAX_ITEMS; items++) {
    const sep = tokens[j]?.text;
    if (sep !== ',' && sep !== 'and') return at;
    // Remits listed before the last are of one word ("Digital, Culture, Media and Sport").
    const end = itemEnd(tokens, j + 1, head.sentence, sep === 'and' ? 2 : 1);
    if (end === j + 1) return at;
    if (sep === 'and') return seatEnd(tokens, end, head.sentence);
    j = end;
  }
  return at;
}

/** The name [from, to) holds a purpose head and its "to" ("Global Fund to Fight AIDS"), see purpose-bodies. */
function statesPurpose(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++)
    if (tokens[k]?.text === 'to' && PURPOSE_HEADS.has(tokens[k - 1]?.folded ?? '')) return true;
  return false;
}

// Words of a seat's name after the list.
const MAX_SEAT = 3;

/** One past "of Bamako" (up to three capitalised words) after a listed name ending at `end`, else `end`. */
function seatEnd(tokens: readonly Token[], end: number, sentence: number): number {
  if (tokens[end]?.text !== 'of') return end;
  let j = end + 1;
  while (
    j - end - 1 < MAX_SEAT &&
    tokens[j]?.nameLike &&
    !tokens[j]?.stop &&
    tokens[j]?.sentence === sentence
  )
    j++;
  return j > end + 1 ? j : end;
}
