/**
 * Prepares stored article HTML for the offline reader view. Extension pages are privileged, so the
 * stored HTML is sanitised again, and everything that could reach the network on its own is removed
 * *while the HTML is still in DOMPurify's inert document*: image `src` becomes the stored blob's
 * object URL, or is moved to `data-liseuse-src` so the reader can offer "load from the web".
 */
import createDOMPurify, { type WindowLike } from 'dompurify';

/** Attribute holding the web address of an image that was not stored (loaded only on request). */
export const MISSING_SRC_ATTR = 'data-liseuse-src';

// Elements and attributes that fetch by themselves or restyle the page (CSS url()).
const FORBID_TAGS = [
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'video',
  'audio',
  'source',
  'track',
  'image',
  'use',
  'feImage',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'script',
];
const FORBID_ATTR = [
  'style',
  'srcset',
  'sizes',
  'poster',
  'background',
  'ping',
  'action',
  'formaction',
  'xlink:href',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'loading',
  'decoding',
  'fetchpriority',
];

/**
 * A reader sanitiser bound to a window (the page's, or linkedom's in tests). It returns DOMPurify's DOM
 * output, which the reader appends as nodes: the sanitised tree is never serialised and parsed again.
 */
export type ReaderSanitizer = (html: string, imageUrls: ReadonlyMap<string, string>) => DocumentFragment;

function rewriteImage(img: Element, imageUrls: ReadonlyMap<string, string>): void {
  const src = img.getAttribute('src') ?? '';
  img.removeAttribute('src');
  const local = imageUrls.get(src);
  if (local) img.setAttribute('src', local);
  else if (/^https?:\/\//i.test(src)) img.setAttribute(MISSING_SRC_ATTR, src);
}

function neutraliseLink(a: Element): void {
  const href = a.getAttribute('href') ?? '';
  if (href.startsWith('#')) return;
  a.setAttribute('target', '_blank');
  a.setAttribute('rel', 'noopener noreferrer');
}

/**
 * Creates the sanitiser; each call rewrites images against `imageUrls` (web URL → object URL).
 * Throws where DOMPurify cannot run (it would return its input untouched): fail closed.
 */
export function createReaderSanitizer(window: WindowLike): ReaderSanitizer {
  const purify = createDOMPurify(window);
  if (!purify.isSupported) throw new Error('DOMPurify cannot run here; refusing to render unsanitised HTML.');
  let images: ReadonlyMap<string, string> = new Map();
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'IMG') rewriteImage(node as Element, images);
    else if (node.nodeName === 'A') neutraliseLink(node as Element);
  });
  return (html, imageUrls) => {
    images = imageUrls;
    try {
      return purify.sanitize(html, {
        FORBID_TAGS,
        FORBID_ATTR,
        ADD_ATTR: ['target'],
        ALLOW_DATA_ATTR: false,
        RETURN_DOM_FRAGMENT: true,
      });
    } finally {
      images = new Map();
    }
  };
}
