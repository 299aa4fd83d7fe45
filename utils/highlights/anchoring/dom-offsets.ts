/** DOM boundary points → raw offsets in a TextIndex (the inverse direction of rawToPoint). */
import { nextNode, type TextIndex } from './text-index';

/** Lazily built node → position lookup (describe is rare; anchoring never needs it). */
const positions = new WeakMap<TextIndex, Map<Node, number>>();

function positionOf(index: TextIndex, node: Node): number | undefined {
  let map = positions.get(index);
  if (!map) {
    map = new Map(index.nodes.map((n, i) => [n, i]));
    positions.set(index, map);
  }
  return map.get(node);
}

/** Raw offset of the first indexed text at or after `node` in document order. */
function rawAtOrAfter(index: TextIndex, node: Node | null): number {
  for (let n = node; n; n = nextNode(index.root, n, false)) {
    const i = positionOf(index, n);
    if (i !== undefined) return index.nodeStarts[i] ?? 0;
  }
  return index.raw.length;
}

/** The node right after `node`'s subtree, within root. */
function afterSubtree(index: TextIndex, node: Node): Node | null {
  return node === index.root ? null : nextNode(index.root, node, true);
}

/** Raw offset of a DOM boundary point (container, offset) inside the index's root. */
export function pointToRaw(index: TextIndex, container: Node, offset: number): number {
  if (container.nodeType === 3) {
    const i = positionOf(index, container);
    if (i !== undefined)
      return (index.nodeStarts[i] ?? 0) + Math.min(offset, (container as Text).data.length);
    // Unindexed text (empty, or inside a skipped element): snap to what follows it.
    return rawAtOrAfter(index, afterSubtree(index, container));
  }
  const child = container.childNodes[offset];
  return rawAtOrAfter(index, child ?? afterSubtree(index, container));
}

/** Raw offset just after an element's text. */
export function elementRawEnd(index: TextIndex, el: Element): number {
  return rawAtOrAfter(index, afterSubtree(index, el));
}

/** Raw offset where an element's text starts (used for XPath-relative offsets). */
export function elementRawStart(index: TextIndex, el: Element): number {
  return pointToRaw(index, el, 0);
}
