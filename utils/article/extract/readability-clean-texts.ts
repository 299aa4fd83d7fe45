/**
 * Readability 0.6.0 (pinned) weighs each form, table, list and div of its article in `_cleanConditionally`,
 * one pass per tag name, and reads each one's whole text five or six times (its share of lists, its commas,
 * its heading and text densities, its ad words, its link density), then its descendants' texts again for each
 * ancestor it weighs. Within one pass no text it has read changes: an element's text depends only on its
 * subtree, and the pass goes through its elements in reverse document order, removing some, so an element is
 * removed before any element containing it is weighed. The texts read during a pass are kept, by element,
 * and dropped when the pass ends.
 */
import type { Readability } from '@mozilla/readability';
import { internalsOf } from './readability-internals';

/** Makes `reader` read each element's text once per pass of `_cleanConditionally` (see above). */
export function readTextsOncePerCleaningPass<T>(reader: Readability<T>): void {
  const helpers = internalsOf(reader);
  const clean = helpers._cleanConditionally.bind(reader);
  const innerText = helpers._getInnerText.bind(reader);
  // Texts with spaces normalised, and as they are; set during a pass only.
  let texts: [Map<unknown, unknown>, Map<unknown, unknown>] | null = null;
  helpers._getInnerText = (node, normalizeSpaces) => {
    if (!texts) return innerText(node, normalizeSpaces);
    // Readability normalises unless told not to.
    const memo = texts[normalizeSpaces === undefined || normalizeSpaces ? 0 : 1];
    let text = memo.get(node);
    if (text === undefined) {
      text = innerText(node, normalizeSpaces);
      memo.set(node, text);
    }
    return text;
  };
  helpers._cleanConditionally = (e, tag) => {
    texts = [new Map(), new Map()];
    try {
      clean(e, tag);
    } finally {
      texts = null;
    }
  };
}
