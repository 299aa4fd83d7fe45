/**
 * Words of datelines and bylines across the languages of the web's news: month and day names, the
 * "published / updated / by" cues, reading-time words and wire services. Used to tell a line that dates
 * or signs an article ("Updated 1:39 am EST, Wednesday, November 20, 2019", "Von Jo Bloggs, dpa") from
 * one that tells it.
 */
import {
  allLanguages,
  DAY_ABBREVIATIONS,
  DAYS,
  MONTH_ABBREVIATIONS,
  MONTHS,
} from '@/utils/shared/calendar-words';
import { CASELESS_LETTER, caselessAlternatives } from '@/utils/shared/caseless';

/** Month names and abbreviations of every language, lower case, as regex alternatives. */
export const MONTH_NAMES = allLanguages(MONTHS, MONTH_ABBREVIATIONS).join('|');
/** Day names and abbreviations of every language, lower case, as regex alternatives. */
export const DAY_NAMES = allLanguages(DAYS, DAY_ABBREVIATIONS).join('|');

const DATE_PATTERNS = [
  /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/g,
  /\b\d{1,2}[:h.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?/gi,
  /\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)/gi,
  // Caseless classes rather than `i` with `u` (utils/shared/caseless.ts): cheaper to compile, same matches.
  new RegExp(
    `(?<![${CASELESS_LETTER}])(?:${caselessAlternatives(`${MONTH_NAMES}|${DAY_NAMES}`)})\\.?(?![${CASELESS_LETTER}])`,
    'gu',
  ),
  /\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b/gi,
  /\bvor\s+(?:einer|einem|\d+)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)\b/gi,
];
const ZONES = /\b(?:utc|gmt|est|edt|cet|cest|pst|pdt|bst|mez|mesz|ist|aest)\b/gi;

/** `text` with its dates, times and time zones taken out, and whether there were any. */
export function stripDates(text: string): { rest: string; found: boolean } {
  let rest = text;
  let found = false;
  for (const pattern of DATE_PATTERNS) {
    rest = rest.replace(pattern, () => {
      found = true;
      return ' ';
    });
  }
  // Day numbers and years are only dates next to a month or a numeric date, which set `found`.
  if (found)
    rest = rest.replace(ZONES, ' ').replace(/\b\d{1,4}(?:st|nd|rd|th|er|e|º|\.)?(?=[\s,.]|$)/gi, ' ');
  return { rest, found };
}

/** Cue words of datelines, bylines and reading times (lower case). */
const META_WORDS = new Set(
  (
    'by|von|vom|par|por|di|door|av|af|de|da|do|dem|der|des|du|le|la|el|il|am|um|on|at|à|a|the|of|in|and|und|et|y|e|' +
    'published|updated|posted|modified|written|first|last|edited|' +
    'veröffentlicht|publiziert|aktualisiert|erstellt|geändert|stand|publié|publiée|mis|jour|modifié|publicado|actualizado|' +
    'pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano|aktualizacja|' +
    'ago|hour|hours|day|days|min|mins|minute|minutes|minuten|minuto|minutos|read|reading|lesezeit|lecture|' +
    'temps|tempo|leitura|lettura|lectura|tiempo|time|uhr|h|hrs|' +
    'reuters|ap|afp|dpa|apa|ansa|efe|epa|kna|sda|ats|upi|pa|ani|pti|ians|aap|xinhua|staff|wires|editor|correspondent|reporter'
  ).split('|'),
);

/** True when `word` is a dateline or byline cue word. */
export function isMetaWord(word: string): boolean {
  return META_WORDS.has(word.toLowerCase().replace(/[^\p{L}]/gu, ''));
}

/**
 * A credit naming a picture agency or photographer, as captions end: "(AP Photo/Jo Bloggs)", "Jo Bloggs |
 * Getty Images", "(Image: Getty)", "© Reuters", "Photo by Jo Bloggs", "…in die Enge. Bild: Jo Bloggs/Theater".
 */
export const CREDIT_MENTION =
  /\bgetty\s*images\b|\bshutterstock\b|\bistock(?:photo)?\b|\balamy\b|\bap photo\b|\bphoto by\b|\bphotograph:|\((?:image|photo|foto|picture|credit|bild)s?(?:\s+credits?)?\s*:[^)]*\)?\s*$|\((?:image|photo|foto|picture|credit|bild)s?\s*:[^)]*\)|©|\(\s*(?:afp|ap|reuters|dpa|epa)\s*\)\s*$|[.!?…"”»]\s+(?:bild|bilder|foto|fotos|photo|photos|image|credit|crédit)\s*:\s*[^!?:]{2,60}$/i;

/** Prompts to comment, and the bare label of the comments that are gone, in the languages of the web's news. */
export const COMMENT_PROMPT =
  /\b(?:post|leave|add|write) (?:a |your )?(?:comment|reply)\b|\btell us what you think\b|\bhinterlasse (?:einfach |gerne )?(?:einen|deinen) kommentar\b|\b(?:schreiben sie|schreib) (?:uns )?(?:einen|ihren|deinen) kommentar\b|\blaisse[rz]? un commentaire\b|\bdeja (?:un|tu) comentario\b|\blascia un commento\b|\bdeixe (?:um|seu) comentário\b|\blaat een reactie achter\b|\b(?:dodaj|napisz) komentarz\b|^(?:comments?|kommentare|commentaires|comentarios|commenti|comentários|reacties|komentarze|kommentarer)$/i;

/** Calls to subscribe, follow, share or download, in the languages of the web's news. */
export const CTA =
  /\bsubscribe\b|\bsign up\b|\bnewsletters?\b|\bfollow (?:us|me|him|her|them|the)\b|\bclick here\b|\bjoin our (?:forums?|community|newsletter|mailing list|discord)\b|\bdownload (?:our|the)\b|\bshare (?:it|this)\b|\babonnieren\b|\bfolgen sie\b|\bfolgt? uns\b|\babonnez\b|\binscrivez-vous\b|\bsuivez-nous\b|\bsuscr[ií]bete\b|\bsíguenos\b|\biscriviti\b|\bseguici\b|\bassine\b|\bsiga-nos\b/i;

/** A line that credits news agencies alone, the story's sources: « Avec AFP », "With Reuters", « (avec AFP et AP) ». */
export const AGENCY_CREDIT =
  /^\(?\s*(?:[Aa]vec|AVEC|[Ww]ith|WITH)\s+(?:\p{Lu}{2,6}|Reuters)(?:\s*(?:,|et|and|&)\s*(?:\p{Lu}{2,6}|Reuters))*\s*\)?\.?$/u;

/** A wire report's closing contributors' line ("Reporting by ...; Editing by ..."). */
export const REPORTING_CREDIT =
  /^\(?\s*(?:reporting by|additional reporting|editing by|writing by|compiled by)\b|\bcontributed (?:reporting|to this report)\b/i;
