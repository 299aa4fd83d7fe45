/**
 * Cleans Readability's article (run with its classes kept) of what it lets through inside the article's
 * container: blocks whose markup names them furniture (a share bar, an author box, a newsletter prompt,
 * a "related" box, a control's label such as "Show picture"), and captions or credits written as ordinary paragraphs, which become `<figcaption>`
 * so the reader still sees them under the picture while the article's text leaves them out.
 */
import {
  hoverAnchor,
  isCaptionMarked,
  isControlLabel,
  isFurnitureMarked,
  markerOf,
  removeFurniture,
} from '@/utils/article/extract/boilerplate-cues';
import { isCardShaped } from '@/utils/article/extract/hover-card';
import { outermost } from '@/utils/article/extract/outermost';
import { letterCount } from '@/utils/article/letter-count';

/** A block holding more than this share of the article's text is kept whatever its markup says. */
const MAX_TEXT_SHARE = 0.3;
/** Longer than this, a "caption" is prose that happens to sit in a captioned layout block. */
const MAX_CAPTION_CHARS = 400;
const MEDIA = 'img, picture, video, figure, iframe';

/**
 * True when `el` is a caption written as an ordinary block: caption-like markup, short, no picture inside
 * (a captioned block holding the picture itself, "wp-caption", is looked into instead).
 */
export function isCaptionBlock(el: Element, marker = markerOf(el)): boolean {
  if (el.localName.toLowerCase() === 'figcaption' || !isCaptionMarked(el, marker)) return false;
  return letterCount(el) <= MAX_CAPTION_CHARS && !el.querySelector(MEDIA);
}

/** Replaces `el` with a `<figcaption>` holding its children. */
export function asFigcaption(el: Element): void {
  const caption = el.ownerDocument.createElement('figcaption');
  while (el.firstChild) caption.appendChild(el.firstChild);
  el.replaceWith(caption);
}

/** Removes furniture from `root` and turns caption-like blocks into `<figcaption>` (mutates `root`). */
export function pruneArticle(root: Element): void {
  const maxText = MAX_TEXT_SHARE * letterCount(root);
  const pick = (el: Element): 'furniture' | 'caption' | 'figcaption' | null => {
    const marker = markerOf(el);
    if (isFurnitureMarked(el, marker) && letterCount(el) <= maxText) return 'furniture';
    if (isControlLabel(el, marker)) return 'furniture';
    // A hover card whose class says nothing, told by its shape: the word it hangs on stays.
    if (isCardShaped(el) && hoverAnchor(el)) return 'furniture';
    // A caption already: its credit inside is part of it, not a caption of its own (nor counted twice).
    if (el.localName.toLowerCase() === 'figcaption') return 'figcaption';
    return isCaptionBlock(el, marker) ? 'caption' : null;
  };
  for (const [el, kind] of outermost(root, pick)) {
    if (kind === 'furniture') removeFurniture(el);
    else if (kind === 'caption') asFigcaption(el);
  }
}
