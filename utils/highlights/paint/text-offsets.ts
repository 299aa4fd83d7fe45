/** Character offsets of DOM points within a root's text, used to re-create ranges after DOM surgery. */

/** The text nodes under `root`, in document order. */
export function textNodesIn(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Offsets of `range` in the concatenated text of `root`; null when a boundary is not a text node in root. */
export function rangeToOffsets(root: Node, range: Range): { start: number; end: number } | null {
  let pos = 0;
  let start = -1;
  let end = -1;
  for (const t of textNodesIn(root)) {
    if (t === range.startContainer) start = pos + range.startOffset;
    if (t === range.endContainer) end = pos + range.endOffset;
    pos += t.data.length;
  }
  return start >= 0 && end >= start ? { start, end } : null;
}

/** A range over characters [start, end) of `root`'s text, or null when out of bounds. */
export function offsetsToRange(root: Node, start: number, end: number): Range | null {
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  let pos = 0;
  let startSet = false;
  for (const t of textNodesIn(root)) {
    const len = t.data.length;
    if (!startSet && start <= pos + len) {
      range.setStart(t, start - pos);
      startSet = true;
    }
    if (startSet && end <= pos + len) {
      range.setEnd(t, end - pos);
      return range;
    }
    pos += len;
  }
  return null;
}
