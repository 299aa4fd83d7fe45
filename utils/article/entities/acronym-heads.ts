// « SNCF Réseau », « RATP Dev »: an acronym of four letters or more and the word after it are one name inside a
// line; at a line's start, a word in capitals before a normally written one is a dateline or a heading
// ("WASHINGTON President…", « SPORT Le match »), which is why such pairs are otherwise cut. French only: English
// titles and German nouns take capitals ("WIRED Stories", "DATEV Mitglieder"); in French, only names do.

import { opensCapitalised } from '@/utils/shared/letter-shape';
import { PLACES, VENUE_WORDS } from './gazetteer';
import { journalCue } from './journal-names';
import type { Token } from './tokenize';

/**
 * The word at `i`, in capitals and not a known place, heads the one word after it, inside its line; a third
 * capitalised word makes it a role before a person ("NASA Administrator Bill Nelson"), left as it was.
 */
export function acronymHeadsName(tokens: readonly Token[], i: number): boolean {
  const third = tokens[i + 2];
  return (
    acronymBeforeWord(tokens, i) &&
    !(third?.sentence === tokens[i]?.sentence && /^\p{Lu}/u.test(third?.text ?? ''))
  );
}

/** The word at `i`, in capitals (four to six letters) and not a known place, before a word written normally. */
function acronymBeforeWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    t !== undefined &&
    after !== undefined &&
    t.loud &&
    /^\p{Lu}{4,6}$/u.test(t.text) &&
    !after.loud &&
    before !== undefined &&
    before.line === t.line &&
    after.line === t.line &&
    !PLACES.has(t.folded)
  );
}

/**
 * "published in JAMA Psychiatry", "the journal JAMA Oncology", "published Monday in JAMA Network Open": in English,
 * after a journal's cue (journal-names.ts; a weekday or another function word may come between the verb and
 * "in") an acronym in capitals and the capitalised words after it name one journal, as acronymHeadsName reads in
 * French; no person follows a journal's cue, so a third word is the journal's too.
 */
export function acronymHeadsJournal(tokens: readonly Token[], i: number): boolean {
  const cue =
    journalCue([tokens[i - 1]?.folded, tokens[i - 2]?.folded]) ||
    (tokens[i - 2]?.stop === true && journalCue([tokens[i - 1]?.folded, tokens[i - 3]?.folded]));
  return cue && acronymBeforeWord(tokens, i);
}

// Heads of venues' names: "AAMI Park", "KFC Stadium", "SSE Arena", "RDS Hall" (with `VENUE_WORDS`).
const VENUE_HEADS = new Set(['park', 'centre', 'center', 'hall', 'dome', 'field', 'ground']);

/**
 * The word at `i`, an acronym in capitals and not a known place, is followed in its sentence by a venue's head:
 * one name, the venue ("AAMI Park"), in any language and anywhere in a line (a dateline's capitals are a place's).
 */
export function acronymNamesVenue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const after = tokens[i + 1];
  return (
    t !== undefined &&
    after !== undefined &&
    /^\p{Lu}{2,6}$/u.test(t.text) &&
    after.sentence === t.sentence &&
    opensCapitalised(after.text) &&
    (VENUE_WORDS.has(after.folded) || VENUE_HEADS.has(after.folded)) &&
    !PLACES.has(t.folded)
  );
}

// Heads of a body's governing organ: "the ITER Council", "the IAEA Board", "the WHO Assembly".
const ORGAN_HEADS = new Set(['council', 'board', 'commission', 'committee', 'assembly', 'secretariat']);

/**
 * "the ITER Council", "the IAEA Board": in English, after "the", an acronym in capitals (not a known place) and an
 * organ's head name one body, the organ of the acronym's; a third capitalised word makes a role before a person
 * ("the NASA Board Chair Ann Lee"), left as it was.
 */
export function acronymHeadsOrgan(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const after = tokens[i + 1];
  const third = tokens[i + 2];
  return (
    t !== undefined &&
    after !== undefined &&
    tokens[i - 1]?.folded === 'the' &&
    /^\p{Lu}{2,6}$/u.test(t.text) &&
    after.sentence === t.sentence &&
    opensCapitalised(after.text) &&
    ORGAN_HEADS.has(after.folded) &&
    !(third?.sentence === t.sentence && /^\p{Lu}/u.test(third?.text ?? '')) &&
    !PLACES.has(t.folded)
  );
}
