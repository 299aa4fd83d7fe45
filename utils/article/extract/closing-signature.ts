/**
 * The author's signature closing the article, for pages that print no byline above it: « Par Camille Roche,
 * le 3 mars », « Propos recueillis par Hugo Marchal », "(Reporting by Jo Bloggs in Chicago; Editing by …)",
 * "— Priya Raman", or a name alone on the last line. « Avec AFP » names an agency, no author: no signature.
 */
import { GIVEN_NAMES } from '@/utils/article/entities/gazetteer';
import { closestNamed } from '@/utils/article/tag-walk';
import { collapseSpaces, fold, foldWords } from '@/utils/shared/fold';
import { creditLineNames, opensCredit } from './header-byline';
import { HEADING_TAGS } from './heading-tags';
import { ROLE_NOTE, signsWithOffice } from './signer-office';
import { textBlocks } from './text-blocks';

/** The signature found, and how to take its line out of the article's text. */
export interface Signature {
  names: string;
  remove: () => void;
}

// The lines read from the article's end: a signature may sit before a source line or a "Read more" link.
const LAST_LINES = 4;
// A signature line is short; the prose has begun above a longer one.
const MAX_WORDS = 12;
// A wire's credits list reporters, places and editors on one line.
const MAX_WIRE_WORDS = 40;
// Where a line is a quote's attribution, a heading ("By the numbers") or a caption, not the author's signature.
const NOT_SIGNATURE = new Set(['blockquote', 'figure', 'figcaption', 'li', ...HEADING_TAGS]);
// The reporters of a wire's credit line: "(Reporting by Jo Bloggs and Sam Doe in Chicago; Editing by …)".
const WIRE = /^\(?\s*(?:reporting|writing) by\s+([^;)]+)/i;
const IN_PLACE = /\s+in\s+\p{Lu}.*$/u;
// A label that gives the author: « Texte : Camille Roche », "Words: Jo Bloggs".
const AUTHOR_LABEL = /^(?:textes?|text|words|auteure?|author|r[ée]daction|reportage)\s*:\s*(?=\p{Lu})/iu;
// "Jo Bloggs: jbloggs@example.com": the names, then the author's address.
const EMAIL_AFTER = /\s*[:,]\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/u;
// "— Priya Raman": a dash, then the names.
const DASHED = /^[—–-]\s*(?=\p{Lu})/u;

/**
 * Whether `names` opens with a known given name (or the line gives the signer's role in brackets: a person's)
 * and its last word is named once in the (folded) text, on the signature's line.
 */
function isAuthorName(names: string, foldedText: string, withRole = false): boolean {
  const words = foldWords(names).split(' ');
  if (words.length < 2 || words.length > 4 || !(withRole || GIVEN_NAMES.has(words[0] ?? ''))) return false;
  // A person of the story ("— Tom Ellis, harbor association" under their quote) is named in the text above.
  const surname = words.at(-1) ?? '';
  const first = foldedText.indexOf(surname);
  return first >= 0 && foldedText.indexOf(surname, first + surname.length) < 0;
}

/**
 * The names a closing line signs with, or null. A line without "Par" or "By" is the names alone, or with a
 * role, a day or a place after them (« Julien Moreau, à Vannes », "— PRIYA RAMAN, Staff Writer", « Claire Vidal
 * (maire de Sainte-Anne) »).
 */
function signedNames(line: string, foldedText: () => string, siteName: string | null): string | null {
  const wire = WIRE.exec(line);
  if (wire) return creditLineNames((wire[1] ?? '').replace(IN_PLACE, ''), siteName);
  if (line.split(' ').length > MAX_WORDS) return null;
  const email = EMAIL_AFTER.exec(line);
  if (email) {
    // The address repeats the surname ("jbloggs@…"): the name is looked for in the text without it.
    const names = creditLineNames(line.slice(0, email.index), siteName);
    const text = foldedText().replace(fold(email[1] ?? ''), '');
    return names && foldWords(line).startsWith(foldWords(names)) && isAuthorName(names, text) ? names : null;
  }
  if (opensCredit(line) || AUTHOR_LABEL.test(line)) return creditLineNames(line, siteName);
  const bare = line.replace(DASHED, '').replace(ROLE_NOTE, '');
  const names = creditLineNames(bare, siteName);
  // What follows the names is set off by a comma; "Jo Bloggs | Press office" is a contact, not a signature.
  const rest = bare.slice(names?.length ?? 0).trim();
  if (!names || !foldWords(bare).startsWith(foldWords(names)) || !/^(?:,|$)/u.test(rest)) return null;
  return isAuthorName(names, foldedText(), ROLE_NOTE.test(line)) ? names : null;
}

/** The signature among the last lines of `content`, or null. */
export function closingSignature(content: Element, siteName: string | null): Signature | null {
  const lines = textBlocks(content).slice(-LAST_LINES).reverse();
  let text: string | null = null;
  const foldedText = () => {
    text ??= fold(content.textContent ?? '');
    return text;
  };
  for (const [i, el] of lines.entries()) {
    const line = collapseSpaces(el.textContent);
    const long = line.split(' ').length > MAX_WORDS;
    if (long && !WIRE.test(line)) {
      return signedLastLine(el, foldedText, siteName) ?? (i === 0 ? creditAbove(lines, siteName) : null);
    }
    if (long && line.split(' ').length > MAX_WIRE_WORDS) return null;
    if (closestNamed(el, NOT_SIGNATURE)) continue;
    const names = signedNames(line, foldedText, siteName);
    // A guest's office is part of the story: its line stays (signer-office.ts).
    if (names) return { names, remove: () => (signsWithOffice(line) ? undefined : el.remove()) };
  }
  return null;
}

/**
 * The credit set above a note that closes the article (« Propos recueillis par X », then the film's details):
 * said with « par » or "by", on the line before the last, with a line of the story above it.
 */
function creditAbove(lines: readonly Element[], siteName: string | null): Signature | null {
  const [, el, above] = lines;
  if (!el || !above || closestNamed(el, NOT_SIGNATURE)) return null;
  const line = collapseSpaces(el.textContent);
  if (line.split(' ').length > MAX_WORDS || !opensCredit(line)) return null;
  const names = creditLineNames(line, siteName);
  return names ? { names, remove: () => el.remove() } : null;
}

/** The signature set after the last paragraph's last line break: « …des associations.<br><b>Camille Roche</b> ». */
function signedLastLine(el: Element, foldedText: () => string, siteName: string | null): Signature | null {
  const nodes = Array.from(el.childNodes);
  const br = nodes.findLastIndex((n) => n.nodeName.toLowerCase() === 'br');
  if (br < 0 || closestNamed(el, NOT_SIGNATURE)) return null;
  const line = collapseSpaces(
    nodes
      .slice(br + 1)
      .map((n) => n.textContent ?? '')
      .join(''),
  );
  const names = line ? signedNames(line, foldedText, siteName) : null;
  const remove = () => {
    for (const n of nodes.slice(br)) n.parentNode?.removeChild(n);
  };
  return names ? { names, remove } : null;
}
