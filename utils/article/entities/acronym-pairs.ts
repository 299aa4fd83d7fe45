import { letterShape } from '@/utils/shared/letter-shape';
import { COMMON_ACRONYMS } from './lexicon';
import { foldWord } from './normalize';
import { isWrittenLower } from './shouted-words';

// « le groupe CMA CGM », "ABB ASEA": two or three acronyms in a row are one company's name, not a heading written
// in capitals ("FARM NOTES", "PRESS DIGEST"), whose words are longer or written in lower case elsewhere, nor a
// common noun's acronyms ("REST API", "HD TV").
const ACRONYM_SHAPE = /^U{2,4}$/;

/** Whether `words` (a surface in capitals, split on spaces) are acronyms in a row. `lower`: see TextEvidence. */
export function isAcronymRun(words: readonly string[], lower: ReadonlyMap<string, number>): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => {
      const folded = foldWord(w);
      return (
        ACRONYM_SHAPE.test(letterShape(w)) && !isWrittenLower(folded, lower) && !COMMON_ACRONYMS.has(folded)
      );
    })
  );
}
