/**
 * Readability 0.6.0 (pinned) in a browser's own DOM: `_hasChildBlockElement`, asked of every `<div>` it
 * weighs, walks the div's whole subtree in JavaScript, one recursive call per node, and each nested div is
 * walked again: the browser's selector engine answers the same question natively. The parser never puts a
 * foreign (SVG, MathML) element under these names (each ends foreign content), and Readability creates
 * HTML elements: so an element matches the selector exactly when its tag name is in Readability's set.
 */
import type { Readability } from '@mozilla/readability';
import { hasNativeSelectors } from '@/utils/article/tag-walk';
import { internalsOf, type ReadabilityInternals } from './readability-internals';

/** Readability's `_hasChildBlockElement`, answered by one selector query. */
export function blockChildTest(helpers: ReadabilityInternals): ReadabilityInternals['_hasChildBlockElement'] {
  const blocks = [...helpers.DIV_TO_P_ELEMS].map((tag) => tag.toLowerCase()).join(',');
  return (element) => element.querySelector(blocks) !== null;
}

/** Replaces the helper on `reader` when `doc` is a browser's own DOM (see above). */
export function adaptReadabilityToNativeDom<T>(reader: Readability<T>, doc: Document): void {
  if (!hasNativeSelectors(doc)) return;
  const helpers = internalsOf(reader);
  helpers._hasChildBlockElement = blockChildTest(helpers);
}
