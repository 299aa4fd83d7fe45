/**
 * Cleans Readability's article (run with its classes kept) of what it lets through inside the article's
 * container: blocks whose markup names them furniture (a share bar, an author box, a newsletter prompt,
 * a "related" box), and captions or credits written as ordinary paragraphs, which become `<figcaption>`
 * so the reader still sees them under the picture while the article's text leaves them out.
 */
import { isCaptionMarked, isFurnitureMarked } from '@/utils/article/extract/boilerplate-cues';

/** A block holding more than this share of the article's text is kept whatever its markup says. */
const MAX_TEXT_SHARE = 0.3;
/** Longer than this, a "caption" is prose that happens to sit in a captioned layout block. */
const MAX_CAPTION_CHARS = 400;
const SHOW_ELEMENT = 1;
const MEDIA = 'img, picture, video, figure, iframe';

const textLength = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, '').length;

/** Replaces `el` with a `<figcaption>` holding its children. */
function asFigcaption(el: Element): void {
  const caption = el.ownerDocument.createElement('figcaption');
  while (el.firstChild) caption.appendChild(el.firstChild);
  el.replaceWith(caption);
}

/** Removes furniture from `root` and turns caption-like blocks into `<figcaption>` (mutates `root`). */
export function pruneArticle(root: Element): void {
  const maxText = MAX_TEXT_SHARE * textLength(root);
  const furniture: Element[] = [];
  const captions: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  let last: Element | null = null;
  while (walker.nextNode()) {
    const el = walker.currentNode as Element;
    if (last?.contains(el)) continue;
    if (isFurnitureMarked(el) && textLength(el) <= maxText) {
      furniture.push(el);
      last = el;
    } else if (el.localName.toLowerCase() !== 'figcaption' && isCaptionMarked(el)) {
      // A captioned block holding the picture itself ("wp-caption") is looked into, not converted.
      if (textLength(el) <= MAX_CAPTION_CHARS && !el.querySelector(MEDIA)) {
        captions.push(el);
        last = el;
      }
    }
  }
  for (const el of furniture) el.remove();
  for (const el of captions) asFigcaption(el);
}
