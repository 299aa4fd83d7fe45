/**
 * A bound on the length of an element's collapsed text (`collapseSpaces(textContent)`, shared/fold.ts), read from
 * its text nodes and settled as soon as the bound is passed: a large element's first few hundred characters
 * answer it. (Counting a whole text this way is slower than building it and letting V8 trim and collapse it.)
 */

import { isSpace } from '@/utils/article/letter-count';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Counts collapsed text as it is fed, text node by text node. */
class CollapsedCounter {
  length = 0;
  private gap = false;

  add(text: string): void {
    for (let i = 0; i < text.length; i++) {
      if (isSpace(text.charCodeAt(i))) {
        this.gap = this.length > 0;
      } else {
        // A run of white space between two words counts as one space; leading and trailing ones not at all.
        this.length += this.gap ? 2 : 1;
        this.gap = false;
      }
    }
  }
}

/** Whether the collapsed text of `node` is longer than `max` characters (stops reading once it is). */
export function collapsedLengthExceeds(node: Node, max: number): boolean {
  const counter = new CollapsedCounter();
  const visit = (parent: Node): boolean => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === ELEMENT_NODE) {
        if (visit(child)) return true;
      } else if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        counter.add(child.nodeValue ?? '');
        if (counter.length > max) return true;
      }
    }
    return false;
  };
  return visit(node) || counter.length > max;
}
