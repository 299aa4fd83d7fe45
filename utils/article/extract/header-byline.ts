/**
 * The byline line printed in the article's header when neither the metadata nor Readability name an author:
 * « Par Clémence Arrighi<br><time>Publié le …</time> » in a box whose class says nothing Readability knows,
 * « Publié le 3 novembre — par Pauline Reverdy », "Published May 2, 2024 | By Jo Bloggs", an author link.
 */
import { type ElementIndex, indexOf } from '@/utils/article/element-index';
import { closestNamed } from '@/utils/article/tag-walk';
import { marksAuthors } from './author-markup';
import { cleanByline } from './byline';
import { namesThenRole } from './byline-roles';
import { namedLead } from './lead-paragraph';
import { withoutLeadingDesk } from './organisation-byline';
import { plainText } from './plain-text';

// <font> sets the byline of pages built with tables, before stylesheets.
const CANDIDATES = ['p', 'div', 'span', 'address', 'font'];
// A header line holds its credit inline: a name, a link, a <time>, a line break, the author's portrait (no text).
const INLINE = new Set([
  'a',
  'span',
  'time',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'abbr',
  'small',
  'img',
  'picture',
]);
const MAX_CHILDREN = 8;
const MAX_CHARS = 160;
// The story has begun: a byline after its first paragraph of prose is a signature, a comment or a teaser's.
// A standfirst the markup names so (« chapeau ») is the header's: the byline line may follow it.
const PROSE_CHARS = 200;
// "Par X", "By X" opening the line or after a date: « Publié le … — par X », "May 2, 2024 by X".
const CREDIT = /(?:^|[—–|·•,]\s*|\d\s+)(?:[Pp]ar|PAR|[Bb]y|BY|[Vv]on|[Pp]or)\s+\p{Lu}/u;
// A label before the credit: a capitalised word and up to two more, then "by" and a capitalised name ("Interview
// by X", « Propos recueillis par X », "Ein Kommentar von X"); not a picture's or a film's credit, which names no
// author of the story. Case is read without the `i` flag: with it, \p{Lu} and \p{Ll} match every cased letter.
const LABELLED_CREDIT =
  /^(?!(?:Photos?|Fotos?|Bilder?|Images?|Vid[ée]os?|Illustrations?|Grafik|Cr[ée]dits?)\b)\p{Lu}\p{Ll}+(?:\s+\p{L}\p{Ll}*){0,2}\s+(?:[Pp]ar|[Bb]y|[Vv]on|[Pp]or)\s+\p{Lu}/u;
// What LABELLED_CREDIT cannot match without, tested first: its classes are costly to compile.
const LABELLED_CREDIT_WORD = /\s(?:[Pp]ar|[Bb]y|[Vv]on|[Pp]or)\s/;
// A word every credit line above holds, looked for in the element's text before its lines are read.
const CREDIT_WORD = /par|by|von|por/i;
// A credit names people: capitalised words, with "et", "and", commas and the particles of names between them.
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const JOINER =
  "(?:\\s*,\\s*|\\s+(?:(?:et|and|und|y|e|de|du|des|la|le|van|von|der|den|da|dos|di|d[’'])\\s+)*)";
const NAMES = new RegExp(`^${NAME_WORD}(?:${JOINER}${NAME_WORD}){1,11}$`, 'u');
// Where a teaser's or a comment's credits are, not the article's.
const ELSEWHERE = new Set(['a', 'li', 'nav', 'aside', 'footer', 'figure', 'form']);
// Where a role after a name is a quoted speaker's.
const QUOTE = new Set(['blockquote', 'q', 'cite']);
// Where a line's names and a role after them meet: "Dana Reed, Legal Correspondent", « X - Journaliste ».
const ROLE_BREAK = /,|\s[-–—|]\s/u;

// « Par la rédaction de Radio X · Léa Roux »: the desk's credit, then its writer after a middle dot.
const creditsDeskThenWriter = (line: string): boolean =>
  /^(?:[Pp]ar|PAR|[Bb]y|BY|[Vv]on|[Pp]or)\s/u.test(line.trim()) && withoutLeadingDesk(line) !== line;

/** Whether a line gives a credit: "By X", « Publié le … — par X », « Propos recueillis par X ». */
export const opensCredit = (line: string): boolean =>
  CREDIT.test(line) ||
  (LABELLED_CREDIT_WORD.test(line) && LABELLED_CREDIT.test(line)) ||
  creditsDeskThenWriter(line);

/** The names a credit line gives, when what is left of it once cleaned is only names; else null. */
export function creditLineNames(line: string, siteName: string | null): string | null {
  const names = cleanByline(line, siteName);
  return names && NAMES.test(names) ? names : null;
}

function isCandidate(el: Element): boolean {
  // One walk over the children, stopped at the first too many or not inline (a page's wrappers have hundreds).
  let count = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (++count > MAX_CHILDREN || !INLINE.has(child.localName.toLowerCase())) return false;
  }
  return (el.textContent?.length ?? 0) <= MAX_CHARS && !closestNamed(el, ELSEWHERE);
}

/** The lines of a candidate that credit its author: after "By", or as names then a role. */
function creditLines(el: Element): string[] {
  // A link the markup calls the author's (rel="author") needs no "By" before it: its own text is the name;
  // a line of two authors (a live blog's « Par X et Y ») marks each.
  const marked = new Set(
    Array.from(el.querySelectorAll('a[rel~="author"]'), (a) => (a.textContent ?? '').trim()).filter(Boolean),
  );
  if (marked.size > 0) return [[...marked].join(', ')];
  // A field the markup calls the authors' needs no "By" either: « <span class=field-auteurs>X et Y (Outlet) ».
  if (marksAuthors(el)) return plainText(el).split('\n');
  const text = el.textContent ?? '';
  const credit = CREDIT_WORD.test(text);
  // "Dana Reed, Legal Correspondent": a quote's speaker is given the same way, so not in a quote.
  const role = ROLE_BREAK.test(text) && !closestNamed(el, QUOTE);
  if (!credit && !role) return [];
  return plainText(el)
    .split('\n')
    .filter((line) => (credit && opensCredit(line)) || (role && namesThenRole(line.trim())));
}

/**
 * « Marie Roy<br>Le Nordet · 4 décembre 2026 »: a line of names printed right above the site's name and the date
 * credits the author, with no "By" before it.
 */
function linesAboveSite(el: Element, siteName: string | null): string[] {
  if (!siteName || !el.textContent?.includes(siteName)) return [];
  const lines = plainText(el).split('\n');
  return lines.filter((_, i) => {
    const next = lines[i + 1]?.trim() ?? '';
    return next.startsWith(siteName) && SITE_THEN_DATE.test(next.slice(siteName.length));
  });
}
// After the site's name: a separator, then a date's figures.
const SITE_THEN_DATE = /^\s*[·•|,—–-]\s*\p{L}*\s*\d/u;

/** The names a candidate's credit line gives, or null. */
function creditNames(el: Element, siteName: string | null): string | null {
  const lines = [...creditLines(el), ...linesAboveSite(el, siteName)];
  for (const line of lines) {
    const names = creditLineNames(line, siteName);
    if (names) return names;
  }
  return null;
}

/**
 * The names of the header's byline line, or null when the page prints none before its prose. The innermost
 * line that gives names wins: a header row's text runs its parts together ("von Jo Bloggin Allgemeines").
 */
export function headerByline(doc: Document, siteName: string | null, index?: ElementIndex): string | null {
  let found: { el: Element; names: string } | null = null;
  let standfirst: Element | null = null;
  for (const el of indexOf(doc, index).taggedAny(CANDIDATES)) {
    if (found && !found.el.contains(el)) break;
    // A standfirst holds no byline (a picture's credit set in it names who took the picture).
    if (standfirst?.contains(el)) continue;
    if (el.localName.toLowerCase() === 'p' && (el.textContent?.length ?? 0) >= PROSE_CHARS) {
      if (!namedLead(el)) break;
      standfirst = el;
      continue;
    }
    if (!isCandidate(el)) continue;
    const names = creditNames(el, siteName);
    if (names) found = { el, names };
  }
  return found?.names ?? null;
}
