/**
 * The selection toolbar: Highlight (with colours), Note, and for an existing highlight Delete.
 * Lives in a closed shadow root on its own host element so the page's CSS cannot restyle it and its
 * scripts cannot read or drive it (the note being typed stays out of the page's DOM); it keeps
 * the page selection (mousedown is cancelled) and closes on Escape or a click elsewhere.
 */
import { UI_ATTRIBUTE } from '@/utils/highlights/anchoring';
import { HIGHLIGHT_COLORS, type HighlightColor } from '@/utils/highlights/model';
import { formatTags, parseTags } from '@/utils/highlights/tags';
import { h } from './dom-builder';
import { HOST_STYLE, TOOLBAR_CSS } from './toolbar-styles';
import { closedShadow, READER_ONLY, readerOnly, type UiGuard } from './ui-guard';
import type { Translate } from './ui-strings';

/** What the toolbar asks its owner to do. */
export interface ToolbarActions {
  highlight(color: HighlightColor): void;
  saveNote(note: string, color: HighlightColor, tags: string[]): void;
  remove(): void;
  /** The toolbar closed; `hadFocus`: the reader was working in it (Escape, Save, Delete). */
  closed(hadFocus: boolean): void;
}

/** Control surface of the toolbar. */
export interface SelectionToolbar {
  /** Shows the toolbar for a new selection at `rect` (viewport coordinates). */
  showForSelection(rect: DOMRect): void;
  /** Shows it for an existing highlight, with its note and tags open when it has some (or `openNote`). */
  showForHighlight(
    rect: DOMRect,
    state: { note: string; color: HighlightColor; tags?: string[]; openNote?: boolean },
  ): void;
  hide(): void;
  /** Shows a short status or error line, optionally with one action button. */
  say(message: string, action?: { label: string; run: () => void }): void;
  /** True when the event happened inside the toolbar. */
  owns(event: Event): boolean;
  readonly isOpen: boolean;
  destroy(): void;
}

/**
 * Builds the toolbar in `doc` (attached lazily on first show); `t` translates message keys. Its shadow
 * root is closed and every control acts on the reader's own input only (`guard`).
 */
export function createSelectionToolbar(
  doc: Document,
  t: Translate,
  actions: ToolbarActions,
  guard: UiGuard = READER_ONLY,
): SelectionToolbar {
  const host = h(doc, 'liseuse-toolbar', { [UI_ATTRIBUTE]: '' });
  const shadow = closedShadow(host, guard, TOOLBAR_CSS, HOST_STYLE);
  const on = <E extends Event>(target: EventTarget, type: string, listener: (e: E) => void) =>
    target.addEventListener(type, readerOnly(guard, listener) as EventListener);
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
  const tagsInput = h(doc, 'input', {
    type: 'text',
    'data-testid': 'tags-input',
    'aria-label': t('hlTags'),
    placeholder: t('hlTagsPlaceholder'),
    autocomplete: 'off',
    spellcheck: 'false',
  }) as HTMLInputElement;
  const saveBtn = button('note-save', t('hlSave'), t('hlSave'));
  const note = h(doc, 'div', { class: 'note', hidden: '' }, [
    input,
    tagsInput,
    h(doc, 'div', { class: 'actions' }, [saveBtn]),
  ]);
  const msg = h(doc, 'div', { class: 'msg', role: 'status', hidden: '' });
  const bar = h(
    doc,
    'div',
    { class: 'bar', role: 'toolbar', 'aria-label': t('hlToolbarLabel'), hidden: '' },
    [h(doc, 'div', { class: 'row' }, [highlightBtn, ...swatches, noteBtn, deleteBtn]), note, msg],
  );
  shadow.append(bar);

  const setColor = (c: HighlightColor) => {
    color = c;
    for (const s of swatches) s.setAttribute('aria-pressed', String(s.dataset.color === c));
  };
  const openNote = (text: string, tags: string[] = parseTags(tagsInput.value)) => {
    note.hidden = false;
    input.value = text;
    tagsInput.value = formatTags(tags);
    input.focus();
  };
  const save = () => actions.saveNote(input.value, color, parseTags(tagsInput.value));
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
    tagsInput.value = '';
  };

  on(highlightBtn, 'click', () => actions.highlight(color));
  for (const s of swatches) {
    on(s, 'click', () => {
      setColor(s.dataset.color as HighlightColor);
      actions.highlight(color);
    });
  }
  on(noteBtn, 'click', () => openNote(input.value));
  on(saveBtn, 'click', save);
  on(deleteBtn, 'click', () => actions.remove());
  on<KeyboardEvent>(input, 'keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
  });
  // A one-line field: Enter saves, as in any form.
  on<KeyboardEvent>(tagsInput, 'keydown', (e) => {
    if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      save();
    }
  });
  // Keep the page's selection alive while the reader clicks our buttons.
  on(bar, 'mousedown', (e) => {
    if (e.target !== input && e.target !== tagsInput) e.preventDefault();
  });
  const onKey = readerOnly(guard, (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !bar.hidden) {
      e.stopPropagation();
      toolbar.hide();
    }
  });
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
      const tags = state.tags ?? [];
      if (state.note || tags.length || state.openNote) openNote(state.note, tags);
      else deleteBtn.focus();
    },
    hide() {
      if (bar.hidden) return;
      // Read before hiding: hiding the focused control moves focus to the page.
      const hadFocus = doc.activeElement === host;
      bar.hidden = true;
      reset();
      actions.closed(hadFocus);
    },
    say(text, action) {
      msg.replaceChildren(text);
      if (action) {
        const b = button('highlight-remember-site', action.label, action.label);
        on(b, 'click', action.run);
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
