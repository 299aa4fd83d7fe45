/**
 * The byline a page prints only in the author's box after the story: « <h4>Par Théa Morel</h4><p>Théa Morel est
 * journaliste…</p> », "<h3>About the author</h3><p>Jane Doe is a health reporter…</p>". The bio that opens
 * with the author's names, under a line that credits them, names them or says the box is the author's; or a
 * bio under a link to the author's page that gives the names.
 */
import { type ElementIndex, indexOf } from '@/utils/article/element-index';
import { GIVEN_NAMES } from '@/utils/article/entities/gazetteer';
import { closestNamed } from '@/utils/article/tag-walk';
import { collapseSpaces, foldWords } from '@/utils/shared/fold';
import { linksAuthorPage } from './author-markup';
import { bioGivenName, bioNames } from './byline-roles';
import { creditLineNames } from './header-byline';

// A bio is a few lines; a longer paragraph is the story's.
const MAX_BIO_CHARS = 400;
// A paragraph of prose: the story goes on after it, so a bio above it is a profile of someone in the story.
const PROSE_CHARS = 200;
// Where a bio is a comment's, a teaser's or a quote's.
const NOT_BOX = new Set(['a', 'li', 'nav', 'form', 'figure', 'blockquote']);
// Where a long paragraph is no part of the story (a teaser, the site's footer).
const NOT_STORY = new Set([...NOT_BOX, 'aside', 'footer']);
// The box's heading when it names the author's role, not the author: "About the author", « L'autrice ».
const AUTHOR_LABEL =
  "(?:about the authors?|the authors?|(?:à propos de )?l['’]aut(?:eur|rice)e?s?|über (?:den|die) autor(?:in)?|(?:der|die) autor(?:in)?|sobre (?:el|la|o|a) autora?|el autor|la autora|l['’]autore|l['’]autrice)";
const AUTHOR_HEADING = new RegExp(`^${AUTHOR_LABEL}\\s*:?$`, 'iu');
// The label opening the bio's own paragraph: "About the author: Jane Doe is…", « À propos de l'auteur — Marie… ».
const LABEL_OPENING = new RegExp(`^${AUTHOR_LABEL}\\s*[:.—–-]?\\s*(?=\\p{Lu})`, 'iu');

// A bio paragraph, or a heading giving the names under the box's label.
const CANDIDATES = ['p', 'h2', 'h3', 'h4', 'h5', 'h6'];
// A label that credits whoever follows: "Published by", « Écrit par ».
const BARE_CREDIT =
  /^(?:(?:published|written|posted)\s+by|(?:publié|écrit|rédigé)\s+par|(?:geschrieben|veröffentlicht)\s+von|by|par|von)\s*:?$/iu;

type Side = 'previousElementSibling' | 'nextElementSibling';

/** The line beside `el` in its box (a portrait aside), above or below: a sibling, or its parent's. */
function elementBeside(el: Element, side: Side): Element | null {
  for (let at: Element | null = el, depth = 0; at && depth < 2; at = at.parentElement, depth++) {
    for (let sibling = at[side]; sibling; sibling = sibling[side]) {
      if (collapseSpaces(sibling.textContent)) return sibling;
    }
  }
  return null;
}

const lineBeside = (el: Element, side: Side): string | null => {
  const line = elementBeside(el, side);
  return line ? collapseSpaces(line.textContent) : null;
};

// Blocks inside a line make it several lines, whose words its text glues ("Jo HartSenior Writer").
const BLOCKS = 'p, div, h1, h2, h3, h4, h5, h6, li, ul, ol, section';

/** The text of the line above `el` when it is one line, not a box of several. */
const singleLineAbove = (el: Element): string | null => {
  const line = elementBeside(el, 'previousElementSibling');
  return line && !line.querySelector(BLOCKS) ? collapseSpaces(line.textContent) : null;
};

const lineAbove = (el: Element) => lineBeside(el, 'previousElementSibling');
const lineBelow = (el: Element) => lineBeside(el, 'nextElementSibling');

/** The names the box's heading confirms for a bio opening with `names`, or null. */
function confirmedNames(heading: string, names: string, siteName: string | null): string | null {
  if (AUTHOR_HEADING.test(heading)) return names;
  const key = foldWords(names);
  if (foldWords(heading) === key) return names;
  // « Par Théa Morel et Paul Ode » above « Théa Morel est… »: the credit's names, all of them.
  const credited = creditLineNames(heading, siteName);
  return credited && ` ${foldWords(credited)} `.includes(` ${key} `) ? credited : null;
}

/** The names a bio paragraph opens with, confirmed by the line above it; or null. */
function bioByline(p: Element, text: string, siteName: string | null): string | null {
  const label = LABEL_OPENING.exec(text);
  if (label) return bioNames(text.slice(label[0].length));
  const names = bioNames(text);
  if (!names) return givenNameByline(p, text, siteName) ?? linkedNameByline(p, siteName);
  const heading = lineAbove(p);
  return (heading ? confirmedNames(heading, names, siteName) : null) ?? loneBioNames(p, text, names);
}

/**
 * The names of a bio alone in its box, with no line above to confirm them: « <div class=bio><p>Marie Dupont est
 * journaliste…</p></div> ». They open with a known given name and the page names their surname there only: a
 * person of the story is named in it too.
 */
function loneBioNames(p: Element, text: string, names: string): string | null {
  const box = p.parentElement;
  if (!box || collapseSpaces(box.textContent) !== text) return null;
  const words = foldWords(names).split(' ');
  const surname = words.at(-1) ?? '';
  if (words.length < 2 || !GIVEN_NAMES.has(words[0] ?? '')) return null;
  const page = foldWords(p.ownerDocument.body?.textContent ?? '');
  const first = page.indexOf(surname);
  return page.indexOf(surname, first + surname.length) < 0 ? names : null;
}

// A role line between the box's names and its bio ("Senior Health Reporter") is a few words.
const MAX_ROLE_WORDS = 6;

/**
 * The names above a bio that calls the author by their given name: « <p>Jane Doe</p><p>Health
 * Reporter</p><p>Jane covers…</p> ». The names line, alone, opens with that given name, right above the bio or
 * above a short role line.
 */
function givenNameByline(p: Element, text: string, siteName: string | null): string | null {
  const given = bioGivenName(text);
  // A known given name: "Golem is a…" under the heading "Golem Python API" opens a project's readme.
  if (!given || !GIVEN_NAMES.has(foldWords(given))) return null;
  const above = singleLineAbove(p);
  const lines = above ? [above] : [];
  const role = elementBeside(p, 'previousElementSibling');
  const short = role && collapseSpaces(role.textContent).split(' ').length <= MAX_ROLE_WORDS;
  const higher = role && short ? singleLineAbove(role) : null;
  if (higher) lines.push(higher);
  for (const line of lines) {
    const names = creditLineNames(line, siteName);
    if (
      names &&
      foldWords(names) === foldWords(line) &&
      foldWords(names).startsWith(`${foldWords(given)} `)
    ) {
      return names;
    }
  }
  return null;
}

/**
 * The names of the link to the author's page right above a bio that gives the author's role, not their name:
 * « <a href="/auteur/jo-bloggs/">Jo Bloggs</a><p>Journaliste sciences. Teste…</p> ». The link is the line
 * above, alone, and its text is names only.
 */
function linkedNameByline(p: Element, siteName: string | null): string | null {
  const line = elementBeside(p, 'previousElementSibling');
  const link = line?.localName.toLowerCase() === 'a' ? line : line?.querySelector('a');
  if (!link || !linksAuthorPage(link)) return null;
  const text = collapseSpaces(line?.textContent);
  const names = creditLineNames(text, siteName);
  return names && foldWords(names) === foldWords(text) ? names : null;
}

/**
 * The names a heading gives under the box's label, above a short bio: « <h2>Published by</h2><h3>Jo Hart</h3>
 * <p>A professor of…</p> »; or null.
 */
function labelledName(heading: Element, text: string, siteName: string | null): string | null {
  // The label first: few headings have one, and reading a heading's names costs more than reading the line above.
  const label = lineAbove(heading);
  if (!label || !(AUTHOR_HEADING.test(label) || BARE_CREDIT.test(label))) return null;
  const names = creditLineNames(text, siteName);
  if (!names || foldWords(names) !== foldWords(text)) return null;
  const bio = lineBelow(heading);
  return bio && bio.length <= MAX_BIO_CHARS ? names : null;
}

/**
 * The author's names from the box closing the story, or null; none when several are found (profiles of the
 * story's people) or when the story goes on below.
 */
export function authorBoxByline(doc: Document, siteName: string | null, index?: ElementIndex): string | null {
  let found: string | null = null;
  for (const el of indexOf(doc, index).taggedAny(CANDIDATES)) {
    const text = collapseSpaces(el.textContent);
    const isParagraph = el.localName.toLowerCase() === 'p';
    // The story goes on below the box: it was about someone in the story.
    if (found && isParagraph && text.length >= PROSE_CHARS && !closestNamed(el, NOT_STORY)) return null;
    if (text.length > MAX_BIO_CHARS || closestNamed(el, NOT_BOX)) continue;
    const names = isParagraph ? bioByline(el, text, siteName) : labelledName(el, text, siteName);
    if (!names) continue;
    if (found) return null;
    found = names;
  }
  return found;
}
