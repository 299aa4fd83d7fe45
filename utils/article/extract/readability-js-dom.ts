/**
 * Readability 0.6.0 (pinned) on a DOM written in JavaScript (linkedom), where two of its helpers cost far
 * more than in a browser: both are replaced on the instance by equivalents giving the same answers.
 * - `_getAllNodesWithTag` asks `querySelectorAll` for a list of tag names, and linkedom compiles the
 *   selector anew on every call: a plain walk (or `getElementsByTagName` for one name) returns the same
 *   elements in the same order.
 * - `_isProbablyVisible` reads `node.style` twice on every node it scores, and linkedom answers each read
 *   through a proxy that parses the style attribute again: without a style attribute the inline style is
 *   empty, so the style is only read when there is one.
 */
import type { Readability } from '@mozilla/readability';
import { elementsNamed, hasNativeSelectors } from '@/utils/article/tag-walk';

interface ReadabilityHelpers {
  _getAllNodesWithTag: (node: Document | Element, tags: string[]) => ArrayLike<Element>;
  _isProbablyVisible: (node: Element) => boolean;
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

/** Replaces the two helpers on `reader` when `doc` is not a browser's own DOM (see above). */
export function adaptReadabilityToJsDom<T>(reader: Readability<T>, doc: Document): void {
  if (hasNativeSelectors(doc)) return;
  const helpers = reader as unknown as ReadabilityHelpers;
  // linkedom keeps a template's contents in the tree, where selectors do not look: without templates (and
  // Readability adds none), its own scan for one tag name, twice as fast as a walk, finds the same elements.
  const templates = doc.getElementsByTagName('template').length > 0;
  helpers._getAllNodesWithTag = (node, tags) =>
    tags.length === 1 && !templates
      ? node.getElementsByTagName((tags[0] as string).toLowerCase())
      : elementsNamed(node, new Set(tags.map((tag) => tag.toLowerCase())));
  helpers._isProbablyVisible = isProbablyVisible;
}
