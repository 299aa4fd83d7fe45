import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { createSelectionToolbar, type ToolbarActions } from '@/utils/highlights/page/selection-toolbar';

/** `trusted`: whether events count as the reader's (linkedom's synthetic events are untrusted otherwise). */
function setup(trusted = true) {
  const { document, window } = parseHTML('<html><head></head><body><p>Texte</p></body></html>');
  const actions: ToolbarActions = { highlight: vi.fn(), saveNote: vi.fn(), remove: vi.fn(), closed: vi.fn() };
  let shadow: ShadowRoot | null = null;
  const guard = { trusted: () => trusted, onShadow: (root: ShadowRoot) => (shadow = root) };
  const toolbar = createSelectionToolbar(document as unknown as Document, (k) => `«${k}»`, actions, guard);
  const host = () => document.querySelector('liseuse-toolbar') as unknown as HTMLElement | null;
  const byTestId = (id: string) => shadow?.querySelector(`[data-testid="${id}"]`) as HTMLElement;
  const rect = { top: 100, bottom: 120, left: 50, right: 150, width: 100, height: 20 } as DOMRect;
  // linkedom has no KeyboardEvent: a plain event carrying `key` is what the listener reads.
  const key = (k: string) =>
    Object.assign(new window.Event('keydown', { bubbles: true }), { key: k }) as unknown as Event;
  return { document, actions, toolbar, host, byTestId, rect, key };
}

describe('selection toolbar', () => {
  it('is attached lazily, inside a closed shadow root, with the tested controls', () => {
    const { toolbar, host, byTestId, rect } = setup();
    expect(host()).toBeNull();
    toolbar.showForSelection(rect);
    expect(host()).not.toBeNull();
    expect(host()?.shadowRoot).toBeNull();
    for (const id of ['highlight-button', 'note-button', 'note-input', 'note-save'])
      expect(byTestId(id)).toBeTruthy();
    expect(byTestId('highlight-button').getAttribute('aria-label')).toBe('«hlHighlight»');
    expect(toolbar.isOpen).toBe(true);
  });

  it('highlights with the chosen colour and saves notes', () => {
    const { toolbar, actions, byTestId, rect } = setup();
    toolbar.showForSelection(rect);
    byTestId('highlight-color-blue').click();
    expect(actions.highlight).toHaveBeenLastCalledWith('blue');
    byTestId('note-button').click();
    (byTestId('note-input') as HTMLTextAreaElement).value = 'Ma note';
    (byTestId('tags-input') as HTMLInputElement).value = 'sécurité, #Cloud, sécurité';
    byTestId('note-save').click();
    expect(actions.saveNote).toHaveBeenCalledWith('Ma note', 'blue', ['sécurité', 'Cloud']);
  });

  it('shows the tags of a highlight and saves them on Enter in the tags field', () => {
    const { toolbar, actions, byTestId, rect, key } = setup();
    toolbar.showForHighlight(rect, { note: '', color: 'yellow', tags: ['cloud', 'CISA'] });
    const tags = byTestId('tags-input') as HTMLInputElement;
    expect(tags.value).toBe('cloud, CISA');
    expect(tags.getAttribute('aria-label')).toBe('«hlTags»');
    tags.value = 'cloud, CISA, Microsoft';
    tags.dispatchEvent(key('Enter'));
    expect(actions.saveNote).toHaveBeenCalledWith('', 'yellow', ['cloud', 'CISA', 'Microsoft']);
  });

  it('shows an existing highlight with its note and a delete button', () => {
    const { toolbar, actions, byTestId, rect } = setup();
    toolbar.showForHighlight(rect, { note: 'Déjà là', color: 'pink' });
    expect((byTestId('note-input') as HTMLTextAreaElement).value).toBe('Déjà là');
    expect(byTestId('highlight-color-pink').getAttribute('aria-pressed')).toBe('true');
    expect(byTestId('highlight-button').hidden).toBe(true);
    byTestId('highlight-delete').click();
    expect(actions.remove).toHaveBeenCalled();
  });

  it('ignores clicks and keys a page script dispatches', () => {
    const { toolbar, actions, document, byTestId, rect, key } = setup(false);
    toolbar.showForHighlight(rect, { note: 'Privée', color: 'yellow' });
    byTestId('highlight-delete').click();
    byTestId('note-save').click();
    byTestId('highlight-color-green').click();
    (byTestId('tags-input') as HTMLInputElement).dispatchEvent(key('Enter'));
    document.dispatchEvent(key('Escape'));
    expect(actions.remove).not.toHaveBeenCalled();
    expect(actions.saveNote).not.toHaveBeenCalled();
    expect(actions.highlight).not.toHaveBeenCalled();
    expect(toolbar.isOpen).toBe(true);
  });

  it('closes on Escape and is removed from the page on destroy', () => {
    const { toolbar, actions, document, host, rect, key } = setup();
    toolbar.showForSelection(rect);
    document.dispatchEvent(key('Escape'));
    expect(toolbar.isOpen).toBe(false);
    expect(actions.closed).toHaveBeenCalledTimes(1);
    // Focus was on the page, not in the toolbar: nothing to give back.
    expect(actions.closed).toHaveBeenLastCalledWith(false);
    toolbar.destroy();
    expect(host()).toBeNull();
  });
});
