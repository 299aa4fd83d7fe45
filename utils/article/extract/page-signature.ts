/**
 * The author's signature closing the story on the page itself, for a page that prints it outside the block
 * Readability keeps: « <div class=body>…</div><div class=footer><p>Camille Roche</p></div> ». Read from the
 * box around the story's last paragraph, before Readability takes the page apart.
 */
import { type ElementIndex, indexOf } from '@/utils/article/element-index';
import { GIVEN_NAMES } from '@/utils/article/entities/gazetteer';
import { closestNamed } from '@/utils/article/tag-walk';
import { foldWords } from '@/utils/shared/fold';
import { closingSignature } from './closing-signature';

// The story's last paragraph: a paragraph of prose, not a teaser's or the footer's.
const PROSE_CHARS = 200;
const ELSEWHERE = new Set(['a', 'li', 'nav', 'aside', 'footer', 'figure', 'form', 'blockquote']);

/** The names of the signature after the story's last paragraph, in the box that holds its text; else null. */
export function pageSignature(doc: Document, siteName: string | null, index?: ElementIndex): string | null {
  const paragraphs = indexOf(doc, index).tagged('p');
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i] as Element;
    if ((p.textContent?.length ?? 0) < PROSE_CHARS || closestNamed(p, ELSEWHERE)) continue;
    // The story's text box and the box around it, where a signature set apart from the text sits.
    const box = p.parentElement?.parentElement;
    const names = box ? (closingSignature(box, siteName)?.names ?? null) : null;
    // Read from a wider box than the story's, a line is a signature when it opens with a given name
    // ("Alle Artikel von Tanja Karrasch" is an author box's link, « Klimaneutralität von Unternehmen » a heading).
    return names && GIVEN_NAMES.has(foldWords(names).split(' ')[0] ?? '') ? names : null;
  }
  return null;
}
