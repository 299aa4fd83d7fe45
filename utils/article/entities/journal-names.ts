// "published in JAMA Psychiatry", "the journal BMJ Pediatrics": a journal named by its publisher's acronym and
// its field. Its field word may look like a place's or a person's name; the cue before it says what it is.

import { letterShape } from '@/utils/shared/letter-shape';
import type { Mention } from './mention';

// Words before "in" that introduce a journal: "published in", "a study appearing in".
const PUBLISHING = new Set(['published', 'publishes', 'appeared', 'appears', 'appearing', 'reported']);

/** The folded words before a name (`before[0]` nearest) introduce a journal: "journal", "published in". */
export const journalCue = (before: readonly (string | undefined)[]): boolean =>
  before[0] === 'journal' || (before[0] === 'in' && PUBLISHING.has(before[1] ?? ''));

// An acronym in capitals, then one or two words written normally: "JAMA Psychiatry", "JAMA Network Open".
// A shape (see letter-shape.ts).
const ACRONYM_AND_WORD = /^U{3,6}(?: Ul+){1,2}$/;

/** "the journal Antiquity": the word "journal" right before a name says what it is, though written once. */
const afterJournal = (m: Mention): boolean => m.before[0] === 'journal';

/**
 * A mention of the group is a journal's acronym and field after a journal's cue, or any name right after
 * "journal": no place, no person.
 */
export const namesJournal = (ms: readonly Mention[]): boolean =>
  ms.some((m) => afterJournal(m) || (ACRONYM_AND_WORD.test(letterShape(m.surface)) && journalCue(m.before)));
