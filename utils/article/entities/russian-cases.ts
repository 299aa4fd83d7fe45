import { GIVEN_NAMES } from './gazetteer';

// Russian declines given names: « личный архив Венеры », « со слов Сергея ». The nominative a folded form may
// come from, by its ending: feminine "-ы"/"-и" (genitive) → "-а"/"-я", "-у"/"-ю" (accusative) likewise, "-ой"
// (instrumental, folded "-ои") → "-а"; masculine "-а" (genitive) drops it, "-я" → "-и" (folded "-й").
const NOMINATIVES: Array<[RegExp, string[]]> = [
  [/ы$/, ['а']],
  [/и$/, ['а', 'я']],
  [/у$/, ['а', '']],
  [/ю$/, ['я', 'и']],
  [/ои$/, ['а']],
  [/еи$/, ['я']],
  [/а$/, ['']],
  [/я$/, ['и', 'ь']],
  [/ом$/, ['']],
];

const CYRILLIC = /^[\u0400-\u04ff-]+$/;

/** A folded Cyrillic word that is a common given name, as written or declined ("венеры", "сергея"). */
export function isDeclinedGivenName(word: string): boolean {
  if (!CYRILLIC.test(word)) return false;
  if (GIVEN_NAMES.has(word)) return true;
  return NOMINATIVES.some(
    ([ending, bases]) => ending.test(word) && bases.some((b) => GIVEN_NAMES.has(word.replace(ending, b))),
  );
}
