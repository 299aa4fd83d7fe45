/**
 * Wraps the text of a range in `<mark>` elements and undoes it exactly: every text node split for
 * a mark is joined back into the very same node object, so page scripts holding references to
 * text nodes keep working.
 */

/** One wrapped slice: `mid` sits in `mark`; `original` and `after` are the split-off neighbours. */
export interface WrappedPiece {
  mark: HTMLElement;
  original: Text;
  mid: Text;
  after: Text | null;
}

/** Elements whose text must never be wrapped (not rendered, or not phrasing content). */
const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'OPTION', 'TITLE', 'TEMPLATE']);

/** Text slices of `range` worth wrapping: non-empty, not only whitespace, inside rendered HTML. */
export function slicesOf(range: Range): { node: Text; start: number; end: number }[] {
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const out: { node: Text; start: number; end: number }[] = [];
  const single = root.nodeType === 3 ? [root as Text] : null;
  const walker = single ? null : doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const nodes = single ?? [];
  if (walker) for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const node of nodes) {
    if (!range.intersectsNode(node)) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    const parent = node.parentElement;
    if (end <= start || !parent || SKIP_PARENTS.has(parent.tagName.toUpperCase())) continue;
    if (!node.data.slice(start, end).trim()) continue;
    out.push({ node, start, end });
  }
  return out;
}

/** Wraps characters [start, end) of `node` in `mark`. */
export function wrapSlice(node: Text, start: number, end: number, mark: HTMLElement): WrappedPiece {
  const after = end < node.data.length ? node.splitText(end) : null;
  const mid = start > 0 ? node.splitText(start) : node;
  mid.parentNode?.insertBefore(mark, mid);
  mark.appendChild(mid);
  return { mark, original: node, mid, after };
}

/** Undoes `wrapSlice`: the mark goes, and the split text is joined back into `original`. */
export function unwrapPiece(p: WrappedPiece): void {
  if (p.mark.parentNode) p.mark.replaceWith(p.mid);
  if (p.original !== p.mid) {
    p.original.appendData(p.mid.data);
    p.mid.remove();
  }
  if (p.after) {
    p.original.appendData(p.after.data);
    p.after.remove();
  }
}
