/**
 * Text-level cleaning of a story title taken from a link: the date, rank, label or byline that lists glue to
 * headlines ("…court hears 2 May 2019", "Video Obama…", "Politics | …", "[Read: …]").
 */

import { STAMP } from '@/utils/shared/date-stamps';
import { collapseSpaces, foldInPlace } from '@/utils/shared/fold';
import { cueSet, LABEL_ONLY_CUES, openingCueEnds, READ_ALSO_CUES } from './read-also-cues';

/** Labels of a teaser's kind or state, before its headline ("Video:", "Exclusive"), folded. */
const TITLE_LABELS = [
  'more from this stream',
  'video',
  'videos',
  'gallery',
  'galerie',
  'watch',
  'listen',
  'updated',
  'exclusive',
  'exklusiv',
  'exclusivo',
  'exclusif',
  'eilmeldung',
  'bildergalerie',
  'fotostrecke',
  'liveblog',
  'sponsored',
];

const TRAILING_STAMP = new RegExp(`[\\s|·•,–—-]*${STAMP}\\s*$`, 'i');
const LEADING_STAMP = new RegExp(`^${STAMP}[\\s|·•,:–—-]+(?=\\S)`, 'i');
// A month in capitals never belongs to a headline: "Why Verizon Can’t Quit Yahoo DEC 20".
const TRAILING_CAPS_DATE =
  /\s+(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\.?\s+\d{1,2}$/u;
// Labels sites put before a headline, followed by a separator or a capital ("Video Obama…", not "Video shows…"),
// found on the title folded in place.
const LEADING_LABELS = cueSet([...READ_ALSO_CUES, ...TITLE_LABELS]);
const AFTER_LABEL = /^(\s*[:|–—-]\s*|\s+)(?=\S)/u;
// A label is a few words at the start: folding that much of the title is enough.
const LABEL_MAX_CHARS = 40;
const STARTS_CAPITAL = /^[\p{Lu}\d"'‘“«]/u;
// "[Read: Why Tunisia…]", "(Lire aussi : …)".
const BRACKETED = /^[[(]\s*(?:read|lire|see|voir)[^:]{0,12}:\s*(.+?)\s*[\])]$/iu;
// A rank counter glued to a headline without a space: "10Australian returns…".
const LEADING_RANK = /^\d{1,2}(?=\p{Lu}\p{Ll})/u;
// A kicker of up to three words before " | " ("Politics | …", "Opinion | …", "Local News | …").
const LEADING_KICKER = /^(?:[^\s|]+\s){0,2}[^\s|]+\s\|\s+(?=\S)/u;
// A section or site of up to four words after " | " ("… | Tech Review").
const TRAILING_SECTION = /\s\|\s+(?:[^\s|]+\s){0,3}[^\s|]+$/u;
// A list's bullet or arrow at either end: "» Grundwissen Kompost", ">>> Der Report", "- Save up to…", "Our guide ›".
const LEADING_BULLET = /^(?:[»›•·→▶►▸■●◆*–—-]+|>+)\s+/u;
const TRAILING_ARROW = /\s+(?:[»›→▶►▸]+|>+)$/u;

// Cues that open headlines as ordinary words ("Read the…", « Voir le match »): a label only before a colon or a
// dash ("Read: …", « Lire : … »).
const SET_OFF_LABELS = cueSet(LABEL_ONLY_CUES);

function withoutLabel(text: string): string {
  const folded = foldInPlace(text.slice(0, LABEL_MAX_CHARS));
  for (const [labels, setOffOnly] of [
    [LEADING_LABELS, false],
    [SET_OFF_LABELS, true],
  ] as const) {
    for (const end of openingCueEnds(folded, labels)) {
      const separator = AFTER_LABEL.exec(folded.slice(end));
      if (!separator) continue;
      const setOff = !!separator[1]?.trim();
      if (setOffOnly && !setOff) continue;
      const rest = text.slice(end + separator[0].length);
      return setOff || STARTS_CAPITAL.test(rest) ? rest : text;
    }
  }
  return text;
}

// Every stamp, caps date and rank has a digit but "just now": a title with neither skips those patterns,
// the costliest to run (the trailing ones are tried from every position of the title).
const MAY_HAVE_STAMP = /\d|now/iu;

function withoutStamps(text: string): string {
  if (!MAY_HAVE_STAMP.test(text)) return text;
  return text
    .replace(LEADING_STAMP, '')
    .replace(TRAILING_STAMP, '')
    .replace(TRAILING_CAPS_DATE, '')
    .replace(LEADING_RANK, '');
}

// « … » closes a French quote: after an opening « the last » is no arrow.
const withoutArrow = (text: string): string =>
  text.endsWith('»') && text.includes('«') ? text : text.replace(TRAILING_ARROW, '');

function once(text: string): string {
  const bracketed = BRACKETED.exec(text);
  if (bracketed?.[1]) return bracketed[1];
  return withoutStamps(withoutLabel(withoutArrow(text.replace(LEADING_BULLET, ''))))
    .replace(LEADING_KICKER, '')
    .replace(TRAILING_SECTION, '')
    .trim();
}

/** The headline without glued dates, ranks, labels and kickers; the text itself when that would leave nothing. */
export function cleanTitle(raw: string): string {
  let text = collapseSpaces(raw);
  for (let i = 0; i < 3; i += 1) {
    const next = once(text);
    if (next === text || next.length < 3) break;
    text = next;
  }
  return text;
}
