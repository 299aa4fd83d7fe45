/** linkedom documents for anchoring tests, with the Range boundary setters linkedom lacks. */
import { parseHTML } from 'linkedom';

interface PointRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** Parses `html` and returns its body as the annotated root. */
export function pageRoot(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const proto = Object.getPrototypeOf(document.createRange()) as Record<string, unknown>;
  if (typeof proto.setStart !== 'function') {
    proto.setStart = function (this: PointRange, node: Node, offset: number) {
      this.startContainer = node;
      this.startOffset = offset;
    };
    proto.setEnd = function (this: PointRange, node: Node, offset: number) {
      this.endContainer = node;
      this.endOffset = offset;
    };
  }
  return document.body as unknown as Element;
}

/** Text covered by a range whose boundaries are in text nodes (enough for these tests). */
export function rangeText(root: Element, r: PointRange): string {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4);
  let out = '';
  let inside = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    const from = n === r.startContainer ? r.startOffset : 0;
    if (n === r.startContainer) inside = true;
    if (!inside) continue;
    const to = n === r.endContainer ? r.endOffset : data.length;
    out += data.slice(from, to);
    if (n === r.endContainer) break;
  }
  return out;
}

/** A static range over the first occurrence of `needle` inside a single text node. */
export function rangeOf(root: Element, needle: string, occurrence = 0): PointRange {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let i = (n as Text).data.indexOf(needle);
    while (i >= 0) {
      if (seen++ === occurrence)
        return { startContainer: n, startOffset: i, endContainer: n, endOffset: i + needle.length };
      i = (n as Text).data.indexOf(needle, i + 1);
    }
  }
  throw new Error(`not found: ${needle}`);
}
