/**
 * Lazy-loaded images: pages ship a placeholder `src` and keep the real one in `data-*` attributes or a
 * `<noscript>` copy, filled in by scripts that never run in a parsed snapshot. `<noscript>` copies are
 * unwrapped before Readability (which drops `<noscript>`); lazy attributes are resolved on the article.
 */

const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
const PLACEHOLDER = /^data:|blank|spacer|placeholder|lazy[-_]?load|transparent|pixel\.gif|1x1/i;

/** True when an image's `src` is missing or a known kind of placeholder. */
export function isPlaceholderSrc(src: string | null): boolean {
  return !src || src.trim() === '' || PLACEHOLDER.test(src);
}

function firstAttr(el: Element, names: string[]): string | null {
  for (const name of names) {
    const value = el.getAttribute(name)?.trim();
    if (value) return value;
  }
  return null;
}

/** Copies the real source of one `<img>` or `<source>` from its lazy-loading attributes. */
function promoteLazySource(el: Element): void {
  const lazySrc = firstAttr(el, SRC_ATTRS);
  if (lazySrc && el.tagName === 'IMG' && isPlaceholderSrc(el.getAttribute('src')))
    el.setAttribute('src', lazySrc);
  const lazySrcset = firstAttr(el, SRCSET_ATTRS);
  if (lazySrcset && !el.getAttribute('srcset')?.trim()) el.setAttribute('srcset', lazySrcset);
}

const IMG_TAG = /<img\b[^>]*>/gi;
const IMG_ATTR = /([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const KEPT_ATTRS = new Set(['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height']);

/** `<img>` elements built from markup kept as raw text (a parser with scripting on); attributes copied, never parsed as HTML. */
function imagesFromText(doc: Document, text: string): Element[] {
  const rest = text.replace(IMG_TAG, '').trim();
  if (rest) return [];
  return [...text.matchAll(IMG_TAG)].map((tag) => {
    const img = doc.createElement('img');
    for (const a of tag[0].matchAll(IMG_ATTR)) {
      const name = (a[1] as string).toLowerCase();
      if (KEPT_ATTRS.has(name)) img.setAttribute(name, a[2] ?? a[3] ?? a[4] ?? '');
    }
    return img;
  });
}

/** Images inside a `<noscript>`, whether the parser kept its content as elements or as raw text. */
function noscriptImages(noscript: Element): Element[] {
  const children = Array.from(noscript.children);
  if (children.length === 0) return imagesFromText(noscript.ownerDocument, noscript.textContent ?? '');
  const onlyImages = children.every((el) => el.tagName === 'IMG' || el.tagName === 'PICTURE');
  return onlyImages ? children.map((el) => el.cloneNode(true) as Element) : [];
}

/** Replaces a `<noscript>` holding only images by those images, dropping the placeholder just before it. */
function unwrapNoscript(noscript: Element): void {
  const images = noscriptImages(noscript);
  if (images.length === 0) return;
  const previous = noscript.previousElementSibling;
  if (previous?.tagName === 'IMG' && isPlaceholderSrc(previous.getAttribute('src'))) previous.remove();
  noscript.replaceWith(...images);
}

/** Replaces image-only `<noscript>` blocks by their images (mutates: call on a document Readability will consume). */
export function unwrapNoscriptImages(root: Document | Element): void {
  // getElementsByTagName: much faster than selectors on linkedom, and this runs on every page.
  for (const noscript of Array.from(root.getElementsByTagName('noscript'))) unwrapNoscript(noscript);
}

/** Copies real sources from lazy-loading attributes onto the `<img>` and `<picture><source>` in `root`. */
export function promoteLazySources(root: Element): void {
  for (const img of Array.from(root.getElementsByTagName('img'))) promoteLazySource(img);
  for (const source of Array.from(root.getElementsByTagName('source'))) {
    if (source.parentElement?.tagName === 'PICTURE') promoteLazySource(source);
  }
}
