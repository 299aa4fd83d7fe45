/**
 * The shape of a picture's credit written with a slash, as captions end. Extraction drops a caption line that
 * ends on one; entities keep the names of one that survived extraction out of the article's entities.
 *
 * An agency in capitals and its photographer, either way round, the slash tight or spaced: "KEYSTONE/Jo Bloggs",
 * "REUTERS/Jo Bloggs", "EPA-EFE/Sam Doe", "Jane Doe/AFP", "Jo Bloggs / AFP". The photographer's name is written
 * as names are, a capital then small letters, in two words or more (initials between them): capitals on both
 * sides of the slash are a pair of names (« LR/UDI », "CDU/CSU"), and a line may end on a party's pair
 * (« le groupe LR/Horizons. »). Case-sensitive: "Paris/Berlin" and "(km/h)" are none.
 */

const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’][\p{L}\p{M}'’.-]*`;
// Words joined by a space: a hyphen or an ampersand is part of the word ("EPA-EFE", "AT&T").
const AGENCY = String.raw`\p{Lu}[\p{Lu}\d&.-]+(?:\s\p{Lu}[\p{Lu}\d&.-]+)*`;
const NAME = String.raw`${WORD}(?:[\s-](?:${WORD}|\p{Lu}\.)){1,3}`;
const CREDIT = String.raw`${AGENCY} ?\/ ?${NAME}|${NAME} ?\/ ?${AGENCY}`;
/**
 * Alone after the caption's last sentence, a credit may name its photographer in one word when its slash is
 * tight ("… in Tawila. TPI/Stringer", "FMW/Bloomberg"): a spaced slash there joins two products ("DVD / Blu-ray").
 */
const LONE_CREDIT = String.raw`${AGENCY}\/${WORD}`;
/** Institutions in capitals, in brackets, joined by slashes: "A map of Titan. (NASA/JPL-Caltech/ASU)". */
const BRACKETED_CREDIT = String.raw`\((?:\p{Lu}[\p{L}.&-]*\s?)+(?:\/\s?(?:\p{Lu}[\p{L}.&-]*\s?)+)+\)`;
const CLOSE = String.raw`[\s.)]*$`;

const OPENINGS = {
  /** The credit follows the caption's last sentence, or is the whole line (a product's "(Polyester/Spandex)" is not). */
  sentence: new RegExp(
    String.raw`(?:^|[.!?…"”»]\s*)(${CREDIT}|${LONE_CREDIT}|${BRACKETED_CREDIT})${CLOSE}`,
    'u',
  ),
  /** The credit follows a word anywhere in the line: a caption kept in the text ends on its credit. */
  word: new RegExp(String.raw`(?:^|[\s.,;:(—–])(${CREDIT})${CLOSE}`, 'u'),
} as const;

/** Where a slashed credit may start. */
export type CreditOpening = keyof typeof OPENINGS;

/**
 * Where the slashed credit closing `line` starts, or -1 when the line closes on none. After a `sentence` it may
 * also be bracketed, or name its photographer in one word.
 */
export function slashedCreditStart(line: string, opening: CreditOpening): number {
  if (!line.includes('/')) return -1;
  const found = OPENINGS[opening].exec(line);
  const credit = found?.[1];
  if (!found || !credit) return -1;
  return found.index + found[0].indexOf(credit);
}
