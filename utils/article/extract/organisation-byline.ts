/**
 * A byline that names an organisation, not a writer: a publisher or association with its legal form
 * ("Example-Verlag GmbH, Hamburg", "Freunde des Waldes e.V."), a publishing house or foundation, or the
 * editorial desk ("Redaktion", "Beispiel.de Redaktion", "Metro News Desk", "Herald Staff"). A reader sees no author there.
 */
import { DESK_WORDS } from '@/utils/article/desk-words';
import { PLACES } from '@/utils/article/entities/gazetteer';
import { nameKey } from '@/utils/article/entities/normalize';
import { AUTHOR_ROLES } from '@/utils/article/entities/role-lines';
import { fold } from '@/utils/shared/fold';

// Legal forms closing a body's name, as they are written: "Sas" or "Ag" written so are surnames.
const LEGAL_FORM =
  /^(?:GmbH|mbH|AG|KG|UG|e\.\s?V\.?|eV|eG|Ltd\.?|LLC|Inc\.?|PLC|plc|Corp\.?|S\.?A\.?|SAS|SARL|S\.?r\.?l\.?|SRL|S\.?p\.?A\.?|N\.?V\.?|B\.?V\.?)$/u;
// Words (or ends of compounds: "Olympia-Verlag", "Hanns-Seidel-Stiftung") naming a publisher or a body.
// Folded: « Rédaction » is "redaction".
const BODY_WORD = new RegExp(
  `(?:verlag|verlagsgruppe|stiftung|verband|redaktion|redazione|redaccion|redacao|bureau|${DESK_WORDS.join('|')})$`,
  'u',
);

const OWN_PEOPLE = /^(?:our|notre|nos|unser|unsere)\s/iu;

const wordsOf = (part: string): string[] =>
  part
    .split(/[\s-]+/u)
    .map((w) => fold(w).replace(/[.,;:()]/gu, ''))
    .filter(Boolean);

/** Whether one part of a byline (between commas) names an organisation. */
export function namesOrganisation(part: string): boolean {
  // "e. V." is one legal form written in two.
  const written = part
    .trim()
    .replace(/\be\.\s+V\.?$/u, 'e.V.')
    .split(/\s+/u);
  return LEGAL_FORM.test(written.at(-1) ?? '') || wordsOf(part).some((w) => BODY_WORD.test(w));
}

/**
 * The byline without the parts naming organisations; null when its first part names one (what follows is the
 * body's address: "Example-Verlag GmbH, Hamburg, Germany").
 */
export function withoutOrganisations(byline: string): string | null {
  // "Our Foreign Staff", « Nos correspondants »: the paper credits its own people, as a wire's name credits the
  // wire; a reader is shown that credit.
  if (OWN_PEOPLE.test(byline)) return byline;
  const parts = byline.split(/\s*,\s*/u);
  if (namesOrganisation(parts[0] ?? '')) return null;
  // "Hamburg, Germany": a dateline or an office's address where the author's name should be. One part alone may
  // be a writer's given name ("Jordan"), so it takes two.
  const isPlace = (part: string) => PLACES.has(nameKey(part));
  if (parts.length > 1 && parts.every(isPlace)) return null;
  // "Jo Bloggs, London, Sam Doe": a place among the names is where one of them wrote from.
  const named = parts.some((part) => part.includes(' ') && !isPlace(part));
  const kept = parts.filter((part, i) => !namesOrganisation(part) && !(i > 0 && named && isPlace(part)));
  return kept.length === parts.length ? byline : kept.join(', ');
}

const DESK = new Set(DESK_WORDS);
// A site's name without its article: "The Boston Globe" credits its desk as "Globe Staff".
const SITE_ARTICLE = new Set(['the', 'le', 'la', 'les', 'l', 'der', 'die', 'das', 'el', 'il']);
// A name before the desk credit has two words at least.
const MIN_NAME_WORDS = 2;

/** A part of a byline without the site's desk written after its names: "Jo Roe Globe Staff Writer" → "Jo Roe". */
function partWithoutSiteDesk(part: string, site: ReadonlySet<string>): string {
  const words = part.split(/\s+/u);
  // Read from the end: only the words of a closing credit are folded (most lines' last word is none).
  const folded = (i: number): string => fold(words[i] ?? '').replace(/[.,;:()]/gu, '');
  let at = words.length;
  let desk = false;
  let word = folded(at - 1);
  while (at > 0 && (DESK.has(word) || AUTHOR_ROLES.has(word))) {
    desk ||= DESK.has(word);
    at--;
    word = at > 0 ? folded(at - 1) : '';
  }
  const roleAt = at;
  while (at > MIN_NAME_WORDS && site.has(folded(at - 1))) at--;
  return desk && at < roleAt ? words.slice(0, at).join(' ') : part;
}

/**
 * The byline without the site's desk credited after the names, in the site's own words: "Ann Lee, Bo Li and
 * Cy Roe Harbour Herald Staff" on "The Harbour Herald", "Jo Roe Globe Staff" on "The Boston Globe". The desk
 * names no writer, and read as a body it would take the names before it along.
 */
export function withoutSiteDesk(byline: string, siteName: string | null): string {
  const site = new Set(wordsOf(siteName ?? '').filter((w) => !SITE_ARTICLE.has(w)));
  if (site.size === 0) return byline;
  return byline
    .split(/\s*,\s*/u)
    .map((part) => partWithoutSiteDesk(part, site))
    .join(', ');
}

// « Par la rédaction de Radio X · Léa Roux · 7 décembre »: a desk credited first, set apart by a middle dot,
// leaves the writer it names after it.
const DOT_PARTS = /\s+[·•]\s+/u;
// The writer after it is written as a name: capitalised words ("Service web" is another desk).
const WRITER = /^\p{Lu}[\p{Ll}'’]+(?:[\s-]\p{Lu}[\p{Ll}'’]+)+$/u;

/** The line without a desk credit that opens it before a middle dot, when a writer follows. */
export function withoutLeadingDesk(line: string): string {
  const parts = line.split(DOT_PARTS);
  if (parts.length < 2 || !namesOrganisation(parts[0] ?? '') || !WRITER.test(parts[1] ?? '')) return line;
  return parts.slice(1).join(' · ');
}
