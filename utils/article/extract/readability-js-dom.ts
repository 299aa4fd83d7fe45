/**
 * Readability 0.6.0 (pinned) on a DOM written in JavaScript (linkedom), where some of its helpers cost far
 * more than in a browser: they are replaced on the instance by equivalents giving the same answers.
 * - `_getAllNodesWithTag` asks `querySelectorAll` for a list of tag names, and linkedom compiles the
 *   selector anew on every call: a plain walk returns the same elements in the same order. (Not linkedom's
 *   `getElementsByTagName`, though faster: it matches names by case, and Readability creates upper-case
 *   ones such as "P".)
 * - `_fixRelativeUris` resolves every link and picture against `document.baseURI`, which linkedom leaves null
 *   unless the page has a `<base href>`: then each `new URL(uri, null)` throws and the URI is written back as
 *   it was, so all that changes is its unwrapping of `javascript:` links (done here without the exceptions).
 * (Its visibility, byline and empty-block tests are cheapened in every DOM: see readability-text-tests.ts.)
 */
import type { Readability } from '@mozilla/readability';
import { elementsNamed, hasNativeSelectors } from '@/utils/article/tag-walk';
import { internalsOf } from './readability-internals';

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

/** Replaces the helpers on `reader` when `doc` is not a browser's own DOM (see above). */
export function adaptReadabilityToJsDom<T>(reader: Readability<T>, doc: Document): void {
  if (hasNativeSelectors(doc)) return;
  const helpers = internalsOf(reader);
  helpers._getAllNodesWithTag = (node, tags) =>
    elementsNamed(node, new Set(tags.map((tag) => tag.toLowerCase())));
  const fixRelativeUris = helpers._fixRelativeUris.bind(reader);
  helpers._fixRelativeUris = (content) =>
    doc.baseURI === null ? unwrapScriptLinks(doc, content) : fixRelativeUris(content);
}
