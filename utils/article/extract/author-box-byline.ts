/**
 * The byline a page prints only in the author's box after the story: « <h4>Par Théa Morel</h4><p>Théa Morel est
 * journaliste…</p> », "<h3>About the author</h3><p>Jane Doe is a health reporter…</p>". The bio that opens
 * with the author's names, under a line that credits them, names them or says the box is the author's.
 */
import { type ElementIndex, indexOf } from '@/utils/article/element-index';
import { closestNamed } from '@/utils/article/tag-walk';
import { foldWords } from '@/utils/shared/fold';
import { bioNames } from './byline-roles';
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
const AUTHOR_HEADING =
  /^(?:about the authors?|the authors?|(?:à propos de )?l['’]aut(?:eur|rice)e?s?|über (?:den|die) autor(?:in)?|(?:der|die) autor(?:in)?|sobre (?:el|la|o|a) autora?|el autor|la autora|l['’]autore|l['’]autrice)\s*:?$/iu;

/** The text of the line above `el` in its box (a portrait aside): a previous sibling's, or its parent's. */
function lineAbove(el: Element): string | null {
  for (let at: Element | null = el, depth = 0; at && depth < 2; at = at.parentElement, depth++) {
    for (let sibling = at.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const text = (sibling.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) return text;
    }
  }
  return null;
}

/** The names the box's heading confirms for a bio opening with `names`, or null. */
function confirmedNames(heading: string, names: string, siteName: string | null): string | null {
  if (AUTHOR_HEADING.test(heading)) return names;
  const key = foldWords(names);
  if (foldWords(heading) === key) return names;
  // « Par Théa Morel et Paul Ode » above « Théa Morel est… »: the credit's names, all of them.
  const credited = creditLineNames(heading, siteName);
  return credited && ` ${foldWords(credited)} `.includes(` ${key} `) ? credited : null;
}

/** The author's names from the box closing the story, or null; none when several bios are found (profiles). */
export function authorBoxByline(doc: Document, siteName: string | null, index?: ElementIndex): string | null {
  let found: string | null = null;
  for (const p of indexOf(doc, index).tagged('p')) {
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    // The story goes on below the box: it was about someone in the story.
    if (found && text.length >= PROSE_CHARS && !closestNamed(p, NOT_STORY)) return null;
    if (text.length > MAX_BIO_CHARS) continue;
    const names = bioNames(text);
    const heading = names ? lineAbove(p) : null;
    const confirmed = heading && names ? confirmedNames(heading, names, siteName) : null;
    if (!confirmed || closestNamed(p, NOT_BOX)) continue;
    if (found) return null;
    found = confirmed;
  }
  return found;
}
