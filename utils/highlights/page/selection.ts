/** Reading the reader's selection: only real text inside the annotatable root, never form fields. */

/** The current selection as a detached copy, or null when there is nothing to highlight. */
export function selectedRange(doc: Document, root: Element): Range | null {
  const sel = doc.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  if (isEditable(range.startContainer) || isEditable(range.endContainer)) return null;
  if (!range.toString().trim()) return null;
  return range.cloneRange();
}

function isEditable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  return Boolean(el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}

/** A viewport rectangle for positioning UI next to `range` (its last line when it spans many). */
export function anchorRect(range: Range): DOMRect {
  const rects = range.getClientRects();
  const first = rects[0];
  return first ?? range.getBoundingClientRect();
}
