// British papers write courts' kinds in lower case after their town: "Southwark crown court", "Westminster
// magistrates' court", "Inner London coroner's court". The town alone is not what the article names.
import type { Token } from './tokenize';

const COURT_KINDS = new Set(['crown', 'magistrates', 'county', 'coroner', 'coroners', 'youth', 'family']);

/**
 * One past the lower-case "crown court", "magistrates' court", "coroner's court" after a name ending at `end`,
 * else `end`.
 */
export function lowerCourtEnd(tokens: readonly Token[], end: number): number {
  const kind = tokens[end];
  if (!kind || !COURT_KINDS.has(kind.text) || kind.sentence !== tokens[end - 1]?.sentence) return end;
  const apostrophe = tokens[end + 1]?.text === "'" || tokens[end + 1]?.text === '’' ? 1 : 0;
  const court = tokens[end + 1 + apostrophe];
  return court?.text === 'court' && court.sentence === kind.sentence ? end + 2 + apostrophe : end;
}

// American federal courts are named by their circuit or district after "for the": "the Court of Appeals for the 9th
// Circuit", "the District Court for the Southern District of New York". Cut at "for", the name is a bare kind.
const COURT_HEADS = new Set(['court', 'appeals']);
const SEATS = new Set(['circuit', 'district']);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const MAX_SEAT = 3;

/**
 * One past "for the Ninth Circuit" ("for the Southern District of New York") after a court's name ending at `end`,
 * else `end`.
 */
export function courtSeatEnd(tokens: readonly Token[], end: number): number {
  const sentence = tokens[end - 1]?.sentence;
  if (
    !COURT_HEADS.has(tokens[end - 1]?.folded ?? '') ||
    tokens[end]?.text !== 'for' ||
    tokens[end + 1]?.text !== 'the'
  )
    return end;
  let k = end + 2;
  while (k - end - 2 < MAX_SEAT && inSeat(tokens[k], sentence) && !SEATS.has(tokens[k]?.folded ?? '')) k++;
  if (!SEATS.has(tokens[k]?.folded ?? '') || !tokens[k]?.nameLike || tokens[k]?.sentence !== sentence)
    return end;
  k++;
  // "District of Columbia", "District of New York": the place after "of" is the seat's.
  if (tokens[k]?.text !== 'of') return k;
  let m = k + 1;
  while (m - k - 1 < MAX_SEAT && tokens[m]?.nameLike && !tokens[m]?.stop && tokens[m]?.sentence === sentence)
    m++;
  return m > k + 1 ? m : k;
}

const inSeat = (t: Token | undefined, sentence: number | undefined): boolean =>
  t !== undefined && t.sentence === sentence && ((t.nameLike && !t.stop) || ORDINAL.test(t.text));
