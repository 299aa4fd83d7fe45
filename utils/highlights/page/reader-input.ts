/**
 * Turns the reader's gestures into editor actions: a mouse or keyboard selection offers the
 * toolbar; a click on a highlight (hit-tested, since Highlight API ranges have no element), the
 * caret moved into one (caret browsing) or focus on a fallback `<mark>` opens its note.
 */
import { highlightAtPoint } from '@/utils/highlights/paint/hit-test';
import type { Painter } from '@/utils/highlights/paint/painter';
import type { AnnotationEditor } from './annotation-editor';
import { selectedRange } from './selection';
import { READER_ONLY, readerOnly, type UiGuard } from './ui-guard';

/** Listens on `doc` until `signal` aborts. */
export function listenForReaderInput(
  doc: Document,
  root: () => Element,
  painter: Painter,
  editor: AnnotationEditor,
  signal: AbortSignal,
  /** Events of the extension's other UI (the keyboard proxies), which are not reading input. */
  ownUi: (e: Event) => boolean = () => false,
  guard: UiGuard = READER_ONLY,
): void {
  const onPointerUp = (e: MouseEvent) => {
    if (editor.toolbar.owns(e) || ownUi(e)) return;
    // The selection is final only after the mouseup's default action.
    setTimeout(() => {
      const range = selectedRange(doc, root());
      const hit = range ? null : highlightAtPoint(doc, painter, e.clientX, e.clientY);
      if (range) editor.offerSelection(range);
      else if (hit) editor.openHighlight(hit);
      else editor.toolbar.hide();
    }, 0);
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (editor.toolbar.owns(e) || ownUi(e)) return;
    const range = e.shiftKey ? selectedRange(doc, root()) : null;
    if (range) return editor.offerSelection(range);
    // Caret browsing: a caret moved into a highlight opens its note, as focusing a <mark> does.
    const sel = doc.getSelection();
    const caretIn = sel?.isCollapsed && sel.focusNode ? painter.at(sel.focusNode, sel.focusOffset) : null;
    if (caretIn && e.key.startsWith('Arrow') && !editor.toolbar.isOpen) editor.openHighlight(caretIn);
  };
  const onFocusIn = (e: FocusEvent) => {
    if (painter.kind !== 'mark' || !e.target) return;
    const id = painter.at(e.target as Node, 0);
    if (id) editor.openHighlight(id);
  };
  // A page script can select text and dispatch a mouseup itself: only the reader's own input counts.
  doc.addEventListener('mouseup', readerOnly(guard, onPointerUp), { signal });
  doc.addEventListener('keyup', readerOnly(guard, onKeyUp), { signal });
  doc.addEventListener('focusin', readerOnly(guard, onFocusIn), { signal });
}
