/**
 * Connects the selection toolbar to storage: creates a highlight (or note) from the pending
 * selection, changes or deletes the highlight being edited, and repaints through the session.
 */
import { describe } from '@/utils/highlights/anchoring';
import {
  type AnnotationChanges,
  createAnnotation,
  type HighlightColor,
  newAnnotationId,
  noteOf,
  tagsOf,
} from '@/utils/highlights/model';
import type { HighlightSession } from '@/utils/highlights/page/anchoring-session';
import type { AnnotationStore } from './annotation-client';
import { anchorRect } from './selection';
import { createSelectionToolbar } from './selection-toolbar';
import type { SerialQueue } from './serial-queue';
import type { Translate } from './ui-strings';

/** What the editor works with. */
export interface EditorDeps {
  doc: Document;
  root: () => Element;
  source: () => string;
  store: AnnotationStore;
  session: HighlightSession;
  t: Translate;
  queue: SerialQueue;
  /** Suggest remembering the site when the reader has not granted it yet. */
  siteHint: boolean;
  /** Called after every change to the painted highlights. */
  settle: () => void;
  /** Called when the toolbar closes: the highlight it edited, and whether focus was inside it. */
  closed?: (id: string | null, hadFocus: boolean) => void;
  /** Called when the editor opens an existing highlight (click, caret, keyboard proxy). */
  opened?: (id: string) => void;
}

/** Creates the editor and its toolbar (attached to the page only when first shown). */
export function createAnnotationEditor(d: EditorDeps) {
  let pending: Range | null = null;
  let editing: string | null = null;

  const create = async (range: Range, color: HighlightColor, note: string, tags: string[] = []) => {
    const annotation = createAnnotation({
      id: newAnnotationId(),
      source: d.source(),
      selector: describe(d.root(), range),
      color,
      note,
      tags,
      now: new Date(),
    });
    const reply = await d.store.create(annotation);
    if (!reply.ok) return toolbar.say(d.t('hlSaveFailed'));
    d.session.add(reply.value.annotation, range);
    d.doc.getSelection()?.removeAllRanges();
    d.settle();
    editing = annotation.id;
    pending = null;
    toolbar.showForHighlight(anchorRect(range), { note, color, tags: tagsOf(reply.value.annotation) });
    const ask = d.store.requestSiteAccess;
    if (d.siteHint && ask && !reply.value.siteAccess) {
      toolbar.say(d.t('hlSiteAccessHint'), { label: d.t('hlRememberSite'), run: () => void ask() });
    }
  };
  const change = async (id: string, changes: AnnotationChanges) => {
    const reply = await d.store.update(id, changes);
    if (!reply.ok) return toolbar.say(d.t('hlSaveFailed'));
    d.session.update(reply.value.annotation);
    d.settle();
  };
  const remove = async (id: string) => {
    const reply = await d.store.remove(id);
    if (!reply.ok) return toolbar.say(d.t('hlSaveFailed'));
    d.session.remove(id);
    d.settle();
    toolbar.hide();
  };

  const toolbar = createSelectionToolbar(d.doc, d.t, {
    highlight: (color) => {
      const [id, range] = [editing, pending];
      if (id) void d.queue(() => change(id, { color }));
      else if (range) void d.queue(() => create(range, color, ''));
    },
    saveNote: (note, color, tags) => {
      const [id, range] = [editing, pending];
      if (id) void d.queue(() => change(id, { note, tags })).then(() => toolbar.hide());
      else if (range) void d.queue(() => create(range, color, note, tags)).then(() => toolbar.hide());
    },
    remove: () => {
      const id = editing;
      if (id) void d.queue(() => remove(id));
    },
    closed: (hadFocus) => {
      const id = editing;
      pending = null;
      editing = null;
      d.closed?.(id, hadFocus);
    },
  });

  return {
    toolbar,
    /** Offers the toolbar for a fresh selection. */
    offerSelection(range: Range) {
      editing = null;
      pending = range;
      toolbar.showForSelection(anchorRect(range));
    },
    /** Opens the note editor of a painted highlight. */
    openHighlight(id: string, openNote = false) {
      const entry = d.session.get(id);
      if (!entry?.range) return;
      editing = id;
      pending = null;
      d.opened?.(id);
      const { annotation } = entry;
      toolbar.showForHighlight(anchorRect(entry.range), {
        note: noteOf(annotation),
        color: annotation.color,
        tags: tagsOf(annotation),
        openNote,
      });
    },
    /** Highlights `range` right away (context menu, keyboard command). */
    highlightNow: (range: Range, color: HighlightColor) => d.queue(() => create(range, color, '')),
    /** Moves annotation `id` onto `range`: new selectors stored, painted there; false if not saved. */
    attach: (id: string, range: Range) =>
      d.queue(async () => {
        const reply = await d.store.update(id, { selector: describe(d.root(), range) });
        if (!reply.ok) return false;
        d.session.add(reply.value.annotation, range);
        d.doc.getSelection()?.removeAllRanges();
        d.settle();
        return true;
      }),
  };
}

/** The editor's control surface. */
export type AnnotationEditor = ReturnType<typeof createAnnotationEditor>;
