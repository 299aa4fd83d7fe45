/**
 * The byline as a reader expects it: the names only, once. Pages and Readability hand over "By LISA
 * MASCARO", "Par Sébastien Farcis", "By Carrie ArnoldNovember 15, 2019", "/ Cory Doctorow / 10:08 am Fri",
 * "Posted on September 21, 2020 by …", "Nom *" (a comment form's label) or "No Author".
 */

import { GIVEN_NAMES } from '@/utils/article/entities/gazetteer';
import { INTERVIEWER_CREDIT } from '@/utils/article/entities/interview-credit';
import { DATE_WITH_YEAR, STAMP } from '@/utils/shared/date-stamps';
import { foldWords } from '@/utils/shared/fold';
import { decodeEntities } from '@/utils/shared/html-entities';
import { letterShape } from '@/utils/shared/letter-shape';
import { withoutBio, withoutLeadingRole, withoutRoles } from './byline-roles';
import { namesGenreOnly } from './genre-byline';
import { AGENCY_CREDIT, DAY_NAMES, isMetaWord } from './meta-words';
import { withoutLeadingDesk, withoutOrganisations, withoutSiteDesk } from './organisation-byline';
import { isPictureCredit } from './picture-credit';
import { sameName, spellsHost, squash, TITLE_SEPARATOR } from './site-name';
import { siteInOtherWords } from './site-other-words';

// "By", "Par", "Von:", "Written by", "Texte :", "Un documentaire de"...
const PREFIX =
  /^(?:(?:written|posted|published|reported|review|reviewed|article|artikel|beitrag|story|words|texte|texto|text|recipe|report|reportage|interview|entretien|edited|erstellt|geschrieben|verfasst|veröffentlicht|escrito|publicado|scritto|pubblicato|écrit|rédigé)\s+(?:by|par|von|por|de|da)|by|par|von|por|door|przez|autor|author|auteurs|auteur|autore|authors|texte|texto|text|interview|entretien|entrevista|intervista|текст|автор(?:ы)?|بقلم|بواسطة|كتبت?|מאת|oleh|bởi|yazan|yazar|γράφει|作者|撰文|文|记者|記者|(?:une?|an?|eine?)\s+\p{L}+\s+(?:de|d[’']|by|von))(?:\s*[:：]\s*|\s+|$)/iu;
// « Propos recueillis par X », "Interviewed by X", "As told to X": who asked the questions wrote the piece.
const INTERVIEWER_PREFIX = new RegExp(`^(?:${INTERVIEWER_CREDIT})(?:\\s*[:：]\\s*|\\s+|$)`, 'iu');
// An author link's words around the name: "View all posts by Jo Bloggs" (the link marked rel="author"). Not
// "Alle Artikel von X" read as a closing line: page-signature.ts takes that for an author box's link.
const ALL_POSTS_BY =
  /^(?:(?:view|see|show|read)\s+)?(?:all|more)\s+(?:posts|articles|stories)\s+(?:by|from)\s+/iu;
// The short words for "by" that also open names ("Di Maria", "Od"): only written small, before a capital.
const SMALL_PREFIX = /^(?:di|av|af|od|от)\s+(?=\p{Lu})/u;
// « Avec notre correspondante à Vilnius, », « De nos envoyés spéciaux au Caire, »: who and where, then the names.
const POSTED_FROM =
  /^(?:(?:avec|de|par)\s+)?(?:notre|nos|leur)\s+(?:correspondant|envoy[ée])\p{L}*(?:\s+sp[ée]ciale?s?|\s+spéciaux)?(?:\s+(?:à|au|aux|en|dans)\s+[^,]+)?\s*,\s*/iu;
// "Posted on September 21, 2020 by", "Publié le 12 mai 2021 par".
const DATED_PREFIX = new RegExp(
  `^(?:posted|published|publié|mis en ligne)?\\s*(?:on|le|am)?\\s*${STAMP}\\s*(?:by|par|von|por)?\\s*:?\\s*`,
  'i',
);
// A date, time or relative time, and the weekday before it in any language the day names cover: the byline
// ends before them ("Associated Press November 19, 2019, 9:02 AM", "Jo Bloggs at the Oval Sun 8 Mar 2026",
// « Léa Roux · samedi 5 décembre 2026 »).
const WEEKDAY = `(?:(?:${DAY_NAMES})\\.?,?\\s+)?`;
// The word that introduces a date goes with it: « … Kevin Sanchez Le 9 décembre », "… Jo Bloggs on May 2, 2024".
const DATE_ARTICLE = '(?:(?:am|le|on)\\s+)?';
const STAMP_ANYWHERE = new RegExp(`(?:^|[\\s,|·•–—-])${DATE_ARTICLE}${WEEKDAY}${STAMP}`, 'i');
// The same at one place (sticky): is a capital glued to a name the start of a dated line ("Jane DoeUpdated May 2")?
const STAMP_HERE = new RegExp(`${DATE_ARTICLE}${WEEKDAY}${STAMP}`, 'iy');
// A lower-case letter then a capital: where a name may be glued to the line after it (a <br> read as nothing).
const CASE_STEP = /(?<=\p{Ll})(?=\p{Lu})/gu;
// A date glued to a word: "Carrie ArnoldNovember 15, 2019", "Nolan22 Dec 2016", "2.03.2018von".
const DATE_AFTER_WORD = new RegExp(`(\\p{L})(${DATE_WITH_YEAR})`, 'giu');
const WORD_AFTER_DATE = new RegExp(`(${DATE_WITH_YEAR})(\\p{L})`, 'giu');
const TRIM = /^[\s/|·•,:;–—-]+|[\s/|·•,:;–—-]+$/gu;
const URLS = /\(?\s*https?:\/\/\S+\s*\)?/giu;
const TAGS = /<[^>]*>/g;
// "…For The Mail On Sunday", "…, AP Auto Writer" stay; "… | NJ Advance Media" and "… Edited by …" go.
// "freeman1984 · in Uncategorized": a blog's category after the name goes too.
// "Text von X Illustration von Y": the pictures' credit after the author's goes too.
const TAIL =
  /\s+(?:\||[·•]\s+(?:in|dans|en|im|in der)\s|edited by|mis à jour|updated|follow\b|e-mail\b|email\b|(?:illustrations?|fotos?|photos?|bilder?|grafiken?|images?)\s+(?:von|by|par|de|por)\s).*$/iu;
// A day or a place after the names, set off by a comma: « Par Camille Roche, le 3 mars », "…, in Geneva",
// « …, au stade Vélodrome » (a few words, one capitalised), "…, reporting from Gaza".
const DAY_OR_PLACE =
  /,\s*(?:le\s+(?:\p{L}+\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?|(?:(?:reporting|writing)\s+from|depuis|à|au|aux|in|at|from)\s+(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*)*)$/u;
// The same without the comma, after each name: "Ann Lee in Kyiv", « Léa Roux à Lyon », "Jo Bloggs at the Oval and
// Bo Li in Leeds"; the place is capitalised, and the name before it two capitalised words (NAME_BEFORE_PLACE).
const PLACE_AFTER_NAME =
  /\s+(?:(?:reporting|writing)\s+from|in|at(?:\s+the)?|à|au|aux)\s+\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*){0,3}(?=\s*(?:,|;|&|\b(?:and|et)\b|$))/gu;
// Read on the few characters before a place only: a look back over whole words would cost the square of a line's
// length where it has no spaces (see FOR_ORG).
const NAME_BEFORE_PLACE = /\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’.-]*$/u;
const NAME_REACH = 60;

/** The names without the place written after each ("Ann Lee in Kyiv" → "Ann Lee"). */
const withoutPlaces = (text: string): string =>
  text.replace(PLACE_AFTER_NAME, (place: string, offset: number) =>
    NAME_BEFORE_PLACE.test(text.slice(Math.max(0, offset - NAME_REACH), offset)) ? '' : place,
  );
// A note in brackets after a name, before the next one or the end: the outlet, the agency, the office or the
// place (« Marie Dupont (AFP) », "Jane Doe (The Courier) and Jo Bloggs"), no part of the name.
const NAME_NOTE = /\s+\((?:[^()]|\([^()]*\))+\)(?=\s*(?:,|;|&|\b(?:and|et|und|y|e)\b|$))/giu;
// "…For The Mail On Sunday" after names (two words at least: "Organization for …" is a name itself, see
// withoutForOrg). Its look back is one character: a look back over whole words costs the square of a line's
// length where it has no spaces (Chinese, Japanese).
const FOR_ORG = /(?<=\S)\s+[Ff]or\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*$/gu;
// A label after the names: "Katharina Schmidt Kategorien: Mode".
const LABEL_AFTER = /^((?:\S+\s+){1,}\S+?)\s+\S+\s*:\s.*$/u;
// Labels and placeholders that are not anybody's name; "zvg" (zur Verfügung gestellt) credits a supplied picture.
const NOT_A_NAME =
  /^(?:no author|unknown|anonymous|anonyme|admin|administrator|staff|nom|name|nombre|(?:published|posted|veröffentlicht|publiziert|publié|publicado|pubblicato)(?:\s+(?:on|am|le|el|il|em))?|written|article|author|auteur|by|par|follow author|share|partager|last updated|updated|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|zvg)\b\s*\*?$/iu;
// An account's handle ("jdadmin", "freeman1984", "jane_doe", "@janedoe") or a web address ("symple.ch",
// "facebook.com/jane.doe") names no author.
const HANDLE =
  /^(?:@[\p{L}\d._-]+|[\p{Ll}\d._-]*(?:\d|admin|_)[\p{Ll}\d._-]*|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:\/\S*)?)$/u;
// A social account's handle among the names ("Jane Doe · @jdoe", « Par @jdoe · 5 décembre »): no name of
// anybody's, dropped so the person's name, when the line gives one, is read alone. Not an e-mail's "@".
const HANDLE_WORD = /(?<![\p{L}\d._-])@[\p{L}\d._-]+/gu;
// An account's login where the author's name should be: one word in small letters, longer than a wire's initials
// ("flerche", "sarah-indra"; not "dpa"), a word with an underscore ("Herr_Rein"), or a given name and a surname
// glued ("KonstantinNotz"). A wire's name written small ("reuters") is a credit (isMetaWord); Georgian writes
// names in small letters only.
// Read on the text's shape (see letter-shape.ts); the script of the first character only for a login in small letters.
const SMALL_LOGIN = /^[l\d.-]{5,}$/;
const OTHER_LOGIN = /^(?:[UlL\d.-]*_[UlL\d._-]*|Ul{3,}Ul{2,})$/;
const GEORGIAN_FIRST = /^\p{Script=Georgian}/u;
/** Whether `text` is shaped like a login (see above), whatever its words. */
export function isLoginShaped(text: string): boolean {
  const shape = letterShape(text);
  return OTHER_LOGIN.test(shape) || (SMALL_LOGIN.test(shape) && !GEORGIAN_FIRST.test(text));
}
const isLogin = (text: string): boolean => isLoginShaped(text) && !isMetaWord(text);

/** Whether a byline is an account's handle or a web address, not a name: "@janedoe", "freeman1984". */
export const isHandle = (text: string): boolean => HANDLE.test(text.trim());

// An e-mail address, plain or spelt out against robots ("jane[at]example.net").
const EMAIL = /\S(?:@|\[at\]|\(at\))\S/iu;
const MAX_CHARS = 120;

// Every date, time and relative time has a digit but "just now": a line with neither (most bylines) skips
// the patterns above, the costliest to compile on the popup's first analysis.
const MAY_HAVE_DATE = /\d|now/i;

function withoutDates(line: string): string {
  if (!MAY_HAVE_DATE.test(line)) return line;
  let text = line.replace(DATE_AFTER_WORD, '$1 $2').replace(WORD_AFTER_DATE, '$1 $2');
  text = text.replace(CASE_STEP, (_, offset: number, whole: string) => {
    STAMP_HERE.lastIndex = offset;
    return STAMP_HERE.test(whole) ? ' ' : '';
  });
  text = text.replace(DATED_PREFIX, '');
  const stamp = STAMP_ANYWHERE.exec(text);
  return stamp ? text.slice(0, stamp.index) : text;
}

/** A text written twice, glued or with a space between: "Jo BloggsJo Bloggs", "Jo Bloggs Jo Bloggs" → "Jo Bloggs". */
function withoutRepeat(text: string): string {
  const half = Math.floor(text.length / 2);
  if (text.length % 2 === 0 && text.slice(0, half) === text.slice(half)) return text.slice(0, half);
  return text[half] === ' ' && text.slice(0, half) === text.slice(half + 1) ? text.slice(0, half) : text;
}

/** The line without an organisation written after "for" behind two words at least (FOR_ORG). */
function withoutForOrg(text: string): string {
  const firstGap = /\S\s/u.exec(text);
  if (!firstGap) return text;
  FOR_ORG.lastIndex = firstGap.index + 2;
  const m = FOR_ORG.exec(text);
  return m ? text.slice(0, m.index) : text;
}

function cleanLine(raw: string): string {
  // A label waiting for its value ("Artikel empfehlen:") names nobody.
  if (/:\s*$/u.test(raw)) return '';
  let text = withoutBio(
    withoutLeadingDesk(raw)
      .replace(URLS, ' ')
      .replace(HANDLE_WORD, ' ')
      .replace(/\s+/g, ' ')
      .replace(/\s+,/g, ',')
      .replace(TRIM, ''),
  );
  // A picture's credit names who took the picture, not who wrote the story.
  if (isPictureCredit(text)) return '';
  for (let i = 0; i < 3; i += 1) {
    const before = text;
    text = withoutDates(text)
      .replace(TRIM, '')
      .replace(ALL_POSTS_BY, '')
      .replace(INTERVIEWER_PREFIX, '')
      .replace(PREFIX, '')
      .replace(SMALL_PREFIX, '')
      .replace(POSTED_FROM, '')
      .replace(TRIM, '');
    if (text === before) break;
  }
  text = withoutForOrg(text.replace(TAIL, '')).replace(LABEL_AFTER, '$1').replace(TRIM, '');
  if (text.includes(',')) text = text.replace(DAY_OR_PLACE, '');
  text = withoutPlaces(text).replace(NAME_NOTE, '');
  text = withoutLeadingRole(withoutRoles(text).replace(TRIM, ''));
  // A name repeated, glued or after a space (a screen reader's copy): "Kristen Falc'honKristen Falc'hon".
  return withoutRepeat(text);
}

// Words of a sentence, not a name: "so Artikel empfehlen"; a site written small with its agency
// (« franceinfo avec AFP ») is a credit all the same (no author's: `siteWithAgency`).
const PHRASE = /^\p{Ll}+\s+(?!(?:avec|with)\s+\p{Lu}{2,}$)\S/u;

const isName = (text: string): boolean =>
  /\p{L}{3}/u.test(text) &&
  !NOT_A_NAME.test(text) &&
  !HANDLE.test(text) &&
  !isLogin(text) &&
  !EMAIL.test(text) &&
  !PHRASE.test(text) &&
  text.length <= MAX_CHARS;

/**
 * Drops a ", Cleveland.com" or ". Sputnik International" part that only names the site, or the site's name
 * opening the line (« Ouest-France Kevin Le Goff. »), and the full stop after a last word.
 */
function withoutSite(raw: string, site: string | null): string {
  const siteKey = site ? foldWords(site) : '';
  const text = withoutOpeningSite(raw, site).replace(/(?<=\p{Ll}{2})\.$/u, '');
  const dot = text.lastIndexOf('. ');
  if (siteKey && dot > 0 && foldWords(text.slice(dot + 2)) === siteKey) return text.slice(0, dot);
  const parts = text.split(/\s*,\s*/u);
  const kept = parts.filter((part) => {
    const key = foldWords(part);
    return key && key !== siteKey && !/\.(com|net|org|co\.uk|fr|de)$/i.test(part.trim());
  });
  return kept.length > 0 && kept.length < parts.length ? kept.join(', ') : text;
}

/**
 * « Ouest-France Kevin Le Goff »: the site's name, then a person's (a known given name and more); "India Post
 * News Weekly" names a publication.
 */
function withoutOpeningSite(text: string, site: string | null): string {
  if (!site || !text.startsWith(`${site} `)) return text;
  const rest = text.slice(site.length + 1);
  const given = foldWords(rest.split(/\s+/)[0] ?? '');
  return /^\p{Lu}\S*\s+\S/u.test(rest) && GIVEN_NAMES.has(given) ? rest : text;
}

/** A byline that spells the site's host, when the site is known by it ("Automobilwoche" on "Automobilwoche.de"). */
function spellsSiteHost(byline: string, siteName: string): boolean {
  return siteName.includes('.') && !/\s/.test(siteName) && spellsHost(byline, siteName);
}

/** The site's name and its motto, where an author's name should be: "Harbour Post – Das Blatt für alle". */
function siteWithMotto(byline: string, siteName: string): boolean {
  const [name, motto, ...rest] = byline.split(TITLE_SEPARATOR);
  return rest.length === 0 && !!name && !!motto && sameName(name, siteName) && /\s\p{Ll}/u.test(motto);
}

/** A name's letters without its article: "The Harbour Post" and "Harbour Post" are one site. */
const withoutArticle = (name: string): string => squash(name.replace(/^(?:the|le|la|les|l['’])\s*/iu, ''));

// The agency credited after a name: « Le Petit Journal avec AFP », "Harbour Post with Reuters".
const WITH_AGENCY = /\s(?=(?:avec|with)\s)/iu;

/**
 * The site's own name with the agency it wrote from (« Le Petit Journal avec AFP », « exempleinfo avec AFP »):
 * the paper credits its desk and its source, as "Herald Staff" or « La rédaction avec AFP » do; no author is
 * named, and the site is shown already. A writer with an agency (« Léa Roux avec AFP ») keeps the credit.
 */
function siteWithAgency(byline: string, siteName: string): boolean {
  const at = byline.search(WITH_AGENCY);
  if (at < 0 || !AGENCY_CREDIT.test(byline.slice(at + 1))) return false;
  const head = withoutArticle(byline.slice(0, at));
  const site = withoutArticle(siteName);
  // A site's brand with its word glued on ("exempleinfo" for "Exemple") is the site as well.
  return site.length >= 3 && head.startsWith(site);
}

/** A byline the site's acronym spells out, the body naming itself: "Deutsches Rotes Kreuz" on "DRK e.V.". */
function spelledBySiteAcronym(byline: string, siteName: string): boolean {
  const acronym = siteName.split(/\s+/u)[0] ?? '';
  if (!/^\p{Lu}{3,5}$/u.test(acronym)) return false;
  const initials = byline
    .split(/[\s-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials === acronym;
}

/**
 * The names of a byline, or null when it holds none. Lines (Readability keeps them) are read one by one: the
 * first with a name wins, joined with the next when it ends with "," or "and". The site's own name is no byline.
 */
export function cleanByline(raw: string | null | undefined, siteName: string | null = null): string | null {
  if (!raw) return null;
  // Readability hands JSON-LD's names over as written there: "Redacci&oacute;n".
  const lines = decodeEntities(raw.replace(TAGS, ' '))
    .split(/\n+/)
    // The site's desk after the names goes first: read as a role or a body, it takes names or leaves words.
    .map((line) => ({ line, name: cleanLine(withoutSiteDesk(line, siteName)) }))
    .filter(({ name }) => isName(name) || isLogin(name));
  const [first, second] = lines;
  // A box that opens with an account's login goes on with the account's motto ("Creating Search APIs"), no name.
  if (!first || isLogin(first.name)) return null;
  const continued = second && isName(second.name) && /(?:,|\band|\bet|&)\s*$/iu.test(first.line);
  let byline = continued ? `${first.name}, ${second.name}` : first.name;
  byline = withoutOrganisations(withoutSite(byline, siteName)) ?? '';
  if (
    siteName &&
    (sameName(byline, siteName) ||
      spellsSiteHost(byline, siteName) ||
      siteWithMotto(byline, siteName) ||
      siteWithAgency(byline, siteName) ||
      siteInOtherWords(byline, siteName))
  ) {
    return null;
  }
  if ((siteName && spelledBySiteAcronym(byline, siteName)) || namesGenreOnly(byline)) return null;
  return isName(byline) ? titleCased(byline) : null;
}

/**
 * "LISA MASCARO, AP" → "Lisa Mascaro, AP": parts in capitals; short words, a short agency ("AFP") and
 * mixed-case parts stay as written.
 */
function titleCased(text: string): string {
  return text
    .split(', ')
    .map((part) =>
      /\p{Ll}/u.test(part) || /^\p{Lu}{2,4}$/u.test(part)
        ? part
        : part.replace(/\p{Lu}{3,}/gu, (word) => word[0] + word.slice(1).toLowerCase()),
    )
    .join(', ');
}
