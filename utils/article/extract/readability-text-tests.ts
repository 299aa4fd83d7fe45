/**
 * Readability 0.6.0 (pinned) asks three questions of nearly every element, in any DOM, that are answered here
 * without what makes them costly; they are replaced on the instance by equivalents giving the same answers.
 * - `_isProbablyVisible` reads `node.style` twice: a browser builds a style declaration for it, and linkedom
 *   parses the style attribute again through a proxy. Without a style attribute the inline style is empty, so
 *   the style is only read when there is one.
 * - `_isElementWithoutContent` (asked of every block) and `_isValidByline` (asked of every element while no
 *   byline is known) trim the whole text of the element, built anew for each: nested blocks have their text
 *   built again at each level. Whether there is any text is found from the first text node that is not white
 *   space; a byline's text is measured only when its markup says byline.
 */
import type { Readability } from '@mozilla/readability';
import { hasText } from '@/utils/article/has-text';
import { internalsOf, type ReadabilityInternals } from './readability-internals';

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

/** Replaces the three tests on `reader` (see above). */
export function cheapenTextTests<T>(reader: Readability<T>): void {
  const helpers = internalsOf(reader);
  helpers._isProbablyVisible = isProbablyVisible;
  // The original decides once the element has no text (then its text is empty and cheap to build).
  const withoutContent = helpers._isElementWithoutContent.bind(reader);
  helpers._isElementWithoutContent = (node) => !hasText(node) && withoutContent(node);
  helpers._isValidByline = bylineTest(helpers);
}
