import { bylineNames } from '@/utils/article/extract/byline-names';
import { fold } from '@/utils/shared/fold';
import type { EntityGroup } from './group';
import { afterInterviewCredit } from './interview-credit';
import { PERSON_TITLES } from './lexicon';
import { lineBounds } from './line-bounds';
import { nameKey } from './normalize';
import { AUTHOR_ROLES } from './role-lines';
import { speakerLabel } from './speakers';

/**
 * Keys of the people a byline credits (`bylineNames`: "Mathieu Delorme, Anne Kerbrat", "Par Léa Roux et Paul Vidal"),
 * each with its short form too, the given name cut to its initial (« J. Roux » signs a photo of Julien Roux's).
 */
export function bylineAuthorKeys(byline: string | undefined): Set<string> {
  const keys = bylineNames(byline ?? null)
    .map((p) => untitled(nameKey(p)))
    .filter((k) => k.includes(' '));
  return new Set([...keys, ...keys.map(shortForm)]);
}

/** "dr kwame asante boateng" → "kwame asante boateng": the text names the author without the byline's title. */
function untitled(key: string): string {
  const words = key.split(' ');
  let n = 0;
  while (n < words.length - 2 && PERSON_TITLES.has(words[n] ?? '')) n++;
  return n === 0 ? key : words.slice(n).join(' ');
}

/** "julien roux" → "j roux": the key of the name signed with the given name's initial. */
const shortForm = (key: string): string => `${key[0]}${key.slice(key.indexOf(' '))}`;

// A line closed as a sentence is the article's prose ("Kristen Falc'hon est allé au Conseil."); a byline or a
// signature line is not ("Par Hélène Castel, à Bordeaux").
const SENTENCE_END = /[.!?…»"”)]\s*$/u;

/** An author's name, alone or glued to the role a byline line gives them ("Ann Lee Football Writer"). */
const creditsAuthor = (key: string, authors: ReadonlySet<string>): boolean =>
  authors.has(key) || [...authors].some((a) => key.startsWith(`${a} `));

// "Par Clémence Arrighi", "By Ann Lee and Bo Li (in Geneva)": a line that opens with "Par" or "By" and a capital,
// short, and no sentence once a place or a desk in brackets is set aside.
const BYLINE_LINE = /^(?:[Pp]ar|PAR|[Bb]y|BY)\s+\p{Lu}/u;
// Enough of a line to hold « Par » and a name's first letter.
const BYLINE_HEAD = 8;
const BRACKETS_AT_END = /\s*\([^()]*\)\s*$/u;
const isBylineLine = (line: string): boolean => {
  const bare = line.trim().replace(BRACKETS_AT_END, '');
  return BYLINE_LINE.test(bare) && !SENTENCE_END.test(bare) && bare.split(/\s+/).length <= 12;
};

// The word before a name, as far back as a role word reaches: « Notre chroniqueuse Élise Vautrin revient… ».
const WORD_BEFORE = /(\p{L}+)\s+$/u;
const ROLE_REACH = 24;

/** Whether the name at `offset` follows an author's role: the standfirst introduces the page's author. */
const afterAuthorRole = (text: string, offset: number): boolean =>
  AUTHOR_ROLES.has(fold(WORD_BEFORE.exec(text.slice(Math.max(0, offset - ROLE_REACH), offset))?.[1] ?? ''));

// The author introducing themself: "I'm Owen Prescott and I'll be bringing you updates", « Je suis X ».
const SELF_INTRO = /(?:\bI[’']m|\bI am|\bje suis|\bmy name is)\s+$/iu;
const INTRO_REACH = 16;

/** Whether the name at `offset` follows the words the author introduces themself with. */
const afterSelfIntro = (text: string, offset: number): boolean =>
  SELF_INTRO.test(text.slice(Math.max(0, offset - INTRO_REACH), offset));

/**
 * The page's author, not a subject of the article: the byline names the group and the text names it only on
 * lines that are no sentence (the byline line kept in the text, a signature, with or without the author's
 * role), right after an author's role (« notre chroniqueuse Élise Vautrin »), "I'm" or an interview's credit
 * (« Propos recueillis par »), or opening a question of a Q&A ("Ann Lee: Why now?"); or the text names it only on
 * byline lines ("Par Léa Roux et Paul Vidal"), whatever the page's byline says. An author the prose writes about stays.
 */
export function isBylineAuthor(g: EntityGroup, authors: ReadonlySet<string>, text: string): boolean {
  const credited = [...g.keys].some((k) => creditsAuthor(k, authors));
  return g.mentions.every((m) => {
    const { start, end } = lineBounds(text, m.offset);
    // Most lines open no byline: look at their first words before cutting the whole line out.
    if (!credited && !BYLINE_LINE.test(text.slice(start, start + BYLINE_HEAD))) return false;
    const line = text.slice(start, end);
    const byAuthor =
      // « Le reportage de Léa Roux (1'42") »: a note in brackets closing the line makes no sentence of it.
      !SENTENCE_END.test(line.trim().replace(BRACKETS_AT_END, '')) ||
      afterAuthorRole(text, m.offset) ||
      afterSelfIntro(text, m.offset) ||
      afterInterviewCredit(text, m.offset) ||
      // "Ann Lee: Why now?": in a Q&A, the author asking.
      speakerLabel(m, text) === 'question';
    return (credited && byAuthor) || isBylineLine(line);
  });
}
