/**
 * A forum thread is talk, not an article: several members' posts, each signed with the member's standing
 * ("41 posts", "Beiträge: 27", "Registriert: Mo 14. Feb 2022", "Messages : 312"). A news page's comments
 * show a name and a time, not the commenter's post count or joining date. A count in brackets is a blog
 * archive's ("December (5 posts)").
 */
import {
  CASELESS_LETTER,
  CASELESS_WORD,
  caselessAlternatives,
  caselessSource,
} from '@/utils/shared/caseless';

/** Words of a count of posts, after its number or before a colon. */
const COUNTED = 'posts|beiträge|messages|mensajes|messaggi|berichten';
/** Labels before a joining date without a colon. */
const SINCE = 'joined|member since|mitglied seit|miembro desde|membre depuis';
/** Every word of a member's standing, for the test that reads them letter by letter. */
export const STANDING_WORDS = `${COUNTED}|joined|registered|registriert|inscrit le|inscription|registrado|iscritto il|${SINCE}`;

// The words are written in any case as classes of each letter's case variants, without the `i` flag: compiling
// `i` with `u` closes every letter over Unicode's case folding (utils/shared/caseless.ts). `i` with `u` also
// reads ſ and the Kelvin sign as word characters: the boundaries below do too.
const anyCase = caselessAlternatives;
const NOT_AFTER_WORD = `(?<![${CASELESS_WORD}])`;
const NOT_BEFORE_WORD = `(?![${CASELESS_WORD}])`;
const LETTER = `[${CASELESS_LETTER}]`;
/** Labels of a member's standing, before a colon and a date or a number. */
const LABELLED = [
  anyCase(`${COUNTED}|joined|registered|registriert`),
  `${caselessSource('inscrit')}(?:\\s+${caselessSource('le')})?`,
  anyCase('inscription|registrado'),
  `${caselessSource('iscritto')}(?:\\s+${caselessSource('il')})?`,
].join('|');

/**
 * A member's standing: a post count, a label, its colon and a number ("Mensajes: 45"), or a joining date.
 * A label may be glued to the member's name before it (page text reads "Holger_KBeiträge: 27").
 */
const MEMBER_STANDING = new RegExp(
  `(?<!\\()${NOT_AFTER_WORD}\\d[\\d.,]*\\s+(?:${anyCase(COUNTED)})${NOT_BEFORE_WORD}|(?:${LABELLED})\\s*:\\s*(?:${LETTER}{2,3}\\.?\\s+)?\\d|${NOT_AFTER_WORD}(?:${anyCase(SINCE)})\\s+(?:${LETTER}{3,9}\\.?\\s+)?\\d`,
  'uy',
);
/** Any of the words above: every standing holds one, and only its count's digits and spaces come before it. */
const STANDING_WORD = new RegExp(`${LABELLED}|${anyCase(SINCE)}`, 'gu');
/** What may stand between a standing's start and its word: "41 posts". */
const BEFORE_WORD = /[\d.,\s]/u;
/** This many signed posts make a thread. */
const MIN_POSTS = 3;

/**
 * True when `text` (the page's text) holds the standing of several members' posts. Counts the standings
 * one after the other, as a global search would, but tries the full pattern only at the positions from
 * which it can start before each standing's word (trying it at every position of a whole page is slow).
 */
export function isForumThread(text: string): boolean {
  let count = 0;
  let from = 0;
  for (;;) {
    STANDING_WORD.lastIndex = from;
    const word = STANDING_WORD.exec(text);
    if (!word) return false;
    // No standing starts before `start`: one starting earlier would hold an earlier word.
    let start = word.index;
    while (start > from && BEFORE_WORD.test(text[start - 1] as string)) start--;
    from = word.index + 1;
    for (let at = start; at <= word.index; at++) {
      MEMBER_STANDING.lastIndex = at;
      if (!MEMBER_STANDING.test(text)) continue;
      if (++count >= MIN_POSTS) return true;
      from = MEMBER_STANDING.lastIndex;
      break;
    }
  }
}
