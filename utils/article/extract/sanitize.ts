/**
 * Article HTML sanitiser. Page HTML is hostile and is stored and rendered later, so the article tree is
 * REBUILT from an allowlist (never cleaned in place): only known-safe elements and attributes are copied,
 * text is copied as text, URLs are made absolute and checked. This works on any DOM (browser, linkedom).
 * The library rebuilds stored HTML again whoever sent it (utils/library/stored-html.ts) and the reader
 * re-checks it with DOMPurify on render. Nothing else loads DOMPurify: it needs a page's window, which neither
 * the service worker nor the import worker has, and the popup shows no article HTML.
 */
import {
  ALLOWED_TAGS,
  DROPPED_TAGS,
  ELEMENT_ATTRS,
  GLOBAL_ATTRS,
  NUMERIC_ATTRS,
} from '@/utils/article/extract/sanitize-policy';
import { safeLinkUrl, safeMediaUrl, safeSrcset } from '@/utils/article/extract/urls';

/** Sanitised article: HTML, the rebuilt tree it came from, and its images (absolute URLs, document order). */
export interface SanitizedArticle {
  html: string;
  root: Element;
  images: string[];
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Deeper nesting is flattened: it only occurs in broken or hostile markup. */
const MAX_DEPTH = 100;

function cleanAttr(name: string, value: string, base: string): string | null {
  if (NUMERIC_ATTRS.has(name)) return /^\d{1,5}$/.test(value.trim()) ? value.trim() : null;
  if (name === 'href' || name === 'cite') return safeLinkUrl(value, base);
  if (name === 'src') return safeMediaUrl(value, base);
  if (name === 'srcset') return safeSrcset(value, base);
  if (name === 'lang') return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(value.trim()) ? value.trim() : null;
  if (name === 'dir') return /^(ltr|rtl|auto)$/i.test(value.trim()) ? value.trim() : null;
  // Free text (title, alt): no angle brackets, so the value cannot turn into markup if a later parse
  // ever reads it in another context (the mutation-XSS family).
  return value.replace(/[<>]/g, '');
}

/** The attributes kept on each tag, global ones first (listed once, not per element copied). */
const KEPT_ATTRS = new Map(
  Object.entries(ELEMENT_ATTRS).map(([tag, names]) => [tag, [...GLOBAL_ATTRS, ...names]]),
);

function copyElement(source: Element, tag: string, base: string): Element {
  const copy = source.ownerDocument.createElement(tag);
  // Most elements of an article (paragraphs, emphasis) have no attribute at all: nothing to look up.
  const names = source.hasAttributes() ? (KEPT_ATTRS.get(tag) ?? GLOBAL_ATTRS) : [];
  for (const name of names) {
    const value = source.getAttribute(name);
    const clean = value === null ? null : cleanAttr(name, value, base);
    if (clean !== null) copy.setAttribute(name, clean);
  }
  // An image whose only source is a srcset still needs a `src` to be shown and listed.
  if (tag === 'img' && !copy.getAttribute('src')) {
    const fromSrcset = copy.getAttribute('srcset')?.split(/,\s+/).pop()?.split(/\s+/)[0];
    if (fromSrcset) copy.setAttribute('src', fromSrcset);
  }
  return copy;
}

/** Rebuilds `source`'s content under a new `<div>` from the allowlist (iterative: page depth is unbounded). */
export function rebuildAllowed(source: Element, base: string): Element {
  const root = source.ownerDocument.createElement('div');
  const stack: Array<{ node: Node; parent: Element; depth: number }> = [];
  // Last child first, by sibling links: `childNodes` is a new list on every read on linkedom.
  const pushChildren = (node: Node, parent: Element, depth: number) => {
    for (let child = node.lastChild; child; child = child.previousSibling)
      stack.push({ node: child, parent, depth });
  };
  pushChildren(source, root, 0);
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, parent, depth } = item;
    if (node.nodeType === TEXT_NODE) {
      parent.appendChild(source.ownerDocument.createTextNode(node.nodeValue ?? ''));
    } else if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as Element).localName.toLowerCase();
      if (DROPPED_TAGS.has(tag)) continue;
      if (tag === 'img' || tag === 'source' || !ALLOWED_TAGS.has(tag) || depth > MAX_DEPTH) {
        const keep = ALLOWED_TAGS.has(tag) && (tag !== 'img' || hasSource(node as Element, base));
        if (keep) parent.appendChild(copyElement(node as Element, tag, base));
        if (tag !== 'img' && tag !== 'source') pushChildren(node, parent, depth); // unknown: unwrap
        continue;
      }
      const copy = copyElement(node as Element, tag, base);
      parent.appendChild(copy);
      pushChildren(node, copy, depth + 1);
    }
  }
  return root;
}

function hasSource(img: Element, base: string): boolean {
  const src = img.getAttribute('src');
  const srcset = img.getAttribute('srcset');
  return Boolean((src && safeMediaUrl(src, base)) || (srcset && safeSrcset(srcset, base)));
}

/** Absolute URLs of the images in a rebuilt tree, deduplicated, in document order. */
export function collectImages(root: Element): string[] {
  const urls = Array.from(root.querySelectorAll('img'), (img) => img.getAttribute('src') ?? '');
  return [...new Set(urls.filter(Boolean))];
}

/** Sanitises an article element: the allowlist rebuild, on any DOM. */
export function sanitizeArticle(article: Element, base: string): SanitizedArticle {
  const root = rebuildAllowed(article, base);
  return { html: root.innerHTML, root, images: collectImages(root) };
}
