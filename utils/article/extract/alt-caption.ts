/**
 * Captions written as ordinary paragraphs, told without class names: the line under a picture that
 * repeats the picture's `alt` text is its caption, and the short lines closing the same small block after
 * it (the photographer, the place) are its credit. Both become `<figcaption>` (`asFigcaption`), which the
 * reader sees under the picture and the article's text leaves out.
 */
import { asFigcaption } from '@/utils/article/extract/prune-article';
import { hasText } from '@/utils/article/has-text';
import { letterCount } from '@/utils/article/letter-count';
import { collapseSpaces } from '@/utils/shared/fold';

/** Shorter than this, an `alt` is a label ("photo", a name) that a line of the story may well repeat. */
const MIN_ALT_CHARS = 20;
/** A credit line after the caption is at most this many letters. */
const MAX_CREDIT_CHARS = 150;

/** The caption lines after `block` (which holds the picture whose alt is `alt`) among its siblings. */
function captionLines(block: Element, alt: string): Element[] {
  let at = block.nextElementSibling;
  while (at && !hasText(at)) at = at.nextElementSibling;
  if (!at || at.localName === 'figcaption' || collapseSpaces(at.textContent) !== alt) return [];
  const rest: Element[] = [];
  for (let next = at.nextElementSibling; next; next = next.nextElementSibling) rest.push(next);
  // The credit goes with the caption only where the block ends with it: short lines, no picture.
  const credit = rest.every((el) => letterCount(el) <= MAX_CREDIT_CHARS && !el.querySelector('img, picture'));
  return credit && rest.length <= 2 ? [at, ...rest] : [at];
}

/** Turns the paragraphs that caption a picture by repeating its `alt` into `<figcaption>` (mutates `root`). */
export function altCaptions(root: Element): void {
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    const alt = collapseSpaces(img.getAttribute('alt'));
    if (alt.length < MIN_ALT_CHARS || img.closest('figure')) continue;
    // The picture's own line: the image, or the paragraph or link wrapping it alone.
    let block: Element = img;
    // hasText: whether there is text, without building the text of each wrapper (the last one may be the article).
    while (block.parentElement && block.parentElement !== root && !hasText(block.parentElement))
      block = block.parentElement;
    for (const line of captionLines(block, alt)) asFigcaption(line);
  }
}
