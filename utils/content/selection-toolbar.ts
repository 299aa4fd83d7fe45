/**
 * The selection toolbar: Highlight (with colours), Note, and for an existing highlight Delete.
 * Lives in a shadow root on its own host element so the page's CSS cannot restyle it; it keeps
 * the page selection (mousedown is cancelled) and closes on Escape or a click elsewhere.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '@/utils/highlight/model';
import { h } from './dom-builder';
import type { Translate } from './messages';
import { HOST_STYLE, TOOLBAR_CSS } from './toolbar-styles';

/** What the toolbar asks its owner to do. */
export interface ToolbarActions {
  highlight(color: HighlightColor): void;
  saveNote(note: string, color: HighlightColor): void;
  remove(): void;
  closed(): void;
}

/** Control surface of the toolbar. */
export interface SelectionToolbar {
  /** Shows the toolbar for a new selection at `rect` (viewport coordinates). */
  showForSelection(rect: DOMRect): void;
  /** Shows it for an existing highlight, with its note open when it has one (or `openNote`). */
  showForHighlight(rect: DOMRect, state: { note: string; color: HighlightColor; openNote?: boolean }): void;
  hide(): void;
  /** Shows a short status or error line, optionally with one action button. */
  say(message: string, action?: { label: string; run: () => void }): void;
  /** True when the event happened inside the toolbar. */
  owns(event: Event): boolean;
  readonly isOpen: boolean;
  destroy(): void;
}

/** Builds the toolbar in `doc` (attached lazily on first show); `t` translates message keys. */
export function createSelectionToolbar(
  doc: Document,
  t: Translate,
  actions: ToolbarActions,
): SelectionToolbar {
  const host = h(doc, 'liseuse-toolbar', { style: HOST_STYLE });
  const shadow = host.attachShadow({ mode: 'open' });
  let color: HighlightColor = 'yellow';
  const button = (testid: string, label: string, text: string, extra: Record<string, string> = {}) =>
    h(doc, 'button', { type: 'button', 'data-testid': testid, 'aria-label': label, title: label, ...extra }, [
      text,
    ]);

  const highlightBtn = button('highlight-button', t('hlHighlight'), t('hlHighlight'));
  const swatches = HIGHLIGHT_COLORS.map((c) =>
    button(`highlight-color-${c}`, t(`hlColor_${c}`), '', {
      class: 'swatch',
      'data-color': c,
      'aria-pressed': 'false',
    }),
  );
  const noteBtn = button('note-button', t('hlNote'), t('hlNote'));
  const deleteBtn = button('highlight-delete', t('hlDelete'), t('hlDelete'));
  const input = h(doc, 'textarea', {
    'data-testid': 'note-input',
    'aria-label': t('hlNote'),
    placeholder: t('hlNotePlaceholder'),
  }) as HTMLTextAreaElement;
  const saveBtn = button('note-save', t('hlSave'), t('hlSave'));
  const note = h(doc, 'div', { class: 'note', hidden: '' }, [
    input,
    h(doc, 'div', { class: 'actions' }, [saveBtn]),
  ]);
  const msg = h(doc, 'div', { class: 'msg', role: 'status', hidden: '' });
  const bar = h(
    doc,
    'div',
    { class: 'bar', role: 'toolbar', 'aria-label': t('hlToolbarLabel'), hidden: '' },
    [h(doc, 'div', { class: 'row' }, [highlightBtn, ...swatches, noteBtn, deleteBtn]), note, msg],
  );
  shadow.append(h(doc, 'style', {}, [TOOLBAR_CSS]), bar);

  const setColor = (c: HighlightColor) => {
    color = c;
    for (const s of swatches) s.setAttribute('aria-pressed', String(s.dataset.color === c));
  };
  const openNote = (text: string) => {
    note.hidden = false;
    input.value = text;
    input.focus();
  };
  const place = (rect: DOMRect) => {
    if (!host.isConnected) doc.documentElement.append(host);
    bar.hidden = false;
    const view = doc.defaultView;
    const width = bar.offsetWidth || 240;
    const height = bar.offsetHeight || 40;
    const vw = view?.innerWidth ?? 1024;
    const above = rect.top - height - 8;
    bar.style.top = `${Math.max(8, above >= 8 ? above : rect.bottom + 8)}px`;
    bar.style.left = `${Math.min(Math.max(8, rect.left + rect.width / 2 - width / 2), Math.max(8, vw - width - 8))}px`;
  };
  const reset = () => {
    note.hidden = true;
    msg.hidden = true;
    input.value = '';
  };

  highlightBtn.addEventListener('click', () => actions.highlight(color));
  for (const s of swatches) {
    s.addEventListener('click', () => {
      setColor(s.dataset.color as HighlightColor);
      actions.highlight(color);
    });
  }
  noteBtn.addEventListener('click', () => openNote(input.value));
  saveBtn.addEventListener('click', () => actions.saveNote(input.value, color));
  deleteBtn.addEventListener('click', () => actions.remove());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) actions.saveNote(input.value, color);
  });
  // Keep the page's selection alive while the reader clicks our buttons.
  bar.addEventListener('mousedown', (e) => {
    if (e.target !== input) e.preventDefault();
  });
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !bar.hidden) {
      e.stopPropagation();
      toolbar.hide();
    }
  };
  shadow.addEventListener('keydown', onKey as EventListener);
  doc.addEventListener('keydown', onKey, true);

  const toolbar: SelectionToolbar = {
    showForSelection(rect) {
      reset();
      deleteBtn.hidden = true;
      highlightBtn.hidden = false;
      setColor(color);
      place(rect);
    },
    showForHighlight(rect, state) {
      reset();
      deleteBtn.hidden = false;
      highlightBtn.hidden = true;
      setColor(state.color);
      place(rect);
      if (state.note || state.openNote) openNote(state.note);
      else deleteBtn.focus();
    },
    hide() {
      if (bar.hidden) return;
      bar.hidden = true;
      reset();
      actions.closed();
    },
    say(text, action) {
      msg.replaceChildren(text);
      if (action) {
        const b = button('highlight-remember-site', action.label, action.label);
        b.addEventListener('click', action.run);
        msg.append(' ', b);
      }
      msg.hidden = false;
    },
    owns: (event) => event.composedPath().includes(host),
    get isOpen() {
      return !bar.hidden;
    },
    destroy() {
      doc.removeEventListener('keydown', onKey, true);
      host.remove();
    },
  };
  return toolbar;
}
