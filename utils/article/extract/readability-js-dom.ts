/**
 * Readability 0.6.0 (pinned) on a DOM written in JavaScript (linkedom), where some of its helpers cost far
 * more than in a browser: they are replaced on the instance by equivalents giving the same answers.
 * - `_getAllNodesWithTag` asks `querySelectorAll` for a list of tag names, and linkedom compiles the
 *   selector anew on every call: a plain walk returns the same elements in the same order. (Not linkedom's
 *   `getElementsByTagName`, though faster: it matches names by case, and Readability creates upper-case
 *   ones such as "P".)
 * - `_isProbablyVisible` reads `node.style` twice on every node it scores, and linkedom answers each read
 *   through a proxy that parses the style attribute again: without a style attribute the inline style is
 *   empty, so the style is only read when there is one.
 * - `_fixRelativeUris` resolves every link and picture against `document.baseURI`, which linkedom leaves null
 *   unless the page has a `<base href>`: then each `new URL(uri, null)` throws and the URI is written back as
 *   it was, so all that changes is its unwrapping of `javascript:` links (done here without the exceptions).
 * - `_isElementWithoutContent` (asked of every block) and `_isValidByline` (asked of every element while no
 *   byline is known) trim the whole text of the element, which linkedom builds by walking its subtree: so
 *   nested blocks have their text built again at each level. Whether there is any text is found from the
 *   first text node that is not white space; a byline's text is measured only when its markup says byline.
 */
import type { Readability } from '@mozilla/readability';
import { hasText } from '@/utils/article/has-text';
import { elementsNamed, hasNativeSelectors } from '@/utils/article/tag-walk';
import { internalsOf, type ReadabilityInternals } from './readability-internals';

const TEXT_NODE = 3;

/** Readability's `_fixRelativeUris` with no base URL: a `javascript:` link becomes its text or its children. */
function unwrapScriptLinks(doc: Document, content: Element): void {
  for (const link of elementsNamed(content, new Set(['a']))) {
    if (link.getAttribute('href')?.indexOf('javascript:') !== 0) continue;
    const only = link.childNodes.length === 1 ? link.childNodes[0] : null;
    if (only?.nodeType === TEXT_NODE) {
      link.parentNode?.replaceChild(doc.createTextNode(link.textContent ?? ''), link);
      continue;
    }
    const container = doc.createElement('span');
    while (link.firstChild) container.appendChild(link.firstChild);
    link.parentNode?.replaceChild(container, link);
  }
}

/** Readability's test, reading the inline style only when the element has one. */
function isProbablyVisible(node: Element): boolean {
  const style = node.hasAttribute('style') ? (node as HTMLElement).style : null;
  return (
    style?.display !== 'none' &&
    style?.visibility !== 'hidden' &&
    !node.hasAttribute('hidden') &&
    // "fallback-image" keeps Wikimedia's math images, as Readability does.
    (!node.hasAttribute('aria-hidden') ||
      node.getAttribute('aria-hidden') !== 'true' ||
      (typeof node.className === 'string' && node.className.includes('fallback-image')))
  );
}

/** Readability's byline test, measuring the text only of an element whose markup says byline. */
function bylineTest(helpers: ReadabilityInternals): ReadabilityInternals['_isValidByline'] {
  const original = helpers._isValidByline.bind(helpers);
  return (node, matchString) => {
    const itemprop = node.getAttribute('itemprop');
    const marked =
      node.getAttribute('rel') === 'author' ||
      itemprop?.includes('author') ||
      helpers.REGEXPS.byline.test(matchString);
    return marked === true && original(node, matchString);
  };
}

/** Replaces the helpers on `reader` when `doc` is not a browser's own DOM (see above). */
export function adaptReadabilityToJsDom<T>(reader: Readability<T>, doc: Document): void {
  if (hasNativeSelectors(doc)) return;
  const helpers = internalsOf(reader);
  helpers._getAllNodesWithTag = (node, tags) =>
    elementsNamed(node, new Set(tags.map((tag) => tag.toLowerCase())));
  helpers._isProbablyVisible = isProbablyVisible;
  const fixRelativeUris = helpers._fixRelativeUris.bind(reader);
  helpers._fixRelativeUris = (content) =>
    doc.baseURI === null ? unwrapScriptLinks(doc, content) : fixRelativeUris(content);
  // The original decides once the element has no text (then its text is empty and cheap to build).
  const withoutContent = helpers._isElementWithoutContent.bind(reader);
  helpers._isElementWithoutContent = (node) => !hasText(node) && withoutContent(node);
  helpers._isValidByline = bylineTest(helpers);
}
