/**
 * The author's box closing an article: the writer's portrait and a few lines about them ("I'm Amy and
 * I'm so glad you've stopped by!"), set under the story. Told by its picture, named for the article's
 * byline (its `alt`, its `title` or its link's), not by the box's class names.
 */
import { lastTextParent } from '@/utils/article/extract/last-text';
import { letterCount } from '@/utils/article/letter-count';
import { foldWords } from '@/utils/shared/fold';

/** An author's box is a picture and a short biography: at most this many letters. */
const MAX_BOX_CHARS = 600;
/** ...and at most this share of the article's text. */
const MAX_BOX_SHARE = 0.25;

/** True when `img`, or the link around it, names `name` (folded). */
function portrays(img: Element, name: string): boolean {
  const labels = [
    img.getAttribute('alt'),
    img.getAttribute('title'),
    img.closest('a')?.getAttribute('title'),
  ];
  return labels.some((label) => label && foldWords(label).includes(name));
}

/** Removes from `root` the box about the author `byline` that closes it, if there is one (mutates `root`). */
export function dropAuthorBox(root: Element, byline: string | null): void {
  const name = byline ? foldWords(byline) : '';
  if (!name) return;
  let box: Element | null = null;
  for (
    let at = lastTextParent(root);
    at && at !== root && letterCount(at) <= MAX_BOX_CHARS;
    at = at.parentElement
  ) {
    if (Array.from(at.getElementsByTagName('img')).some((img) => portrays(img, name))) box = at;
  }
  // The whole article's text is read only when a box is found.
  if (box && letterCount(box) > MAX_BOX_SHARE * letterCount(root)) return;
  box?.remove();
}
