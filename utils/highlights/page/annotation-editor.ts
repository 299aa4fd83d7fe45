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
import type { Reply } from '@/utils/messaging';
import type { AnnotationStore } from './annotation-client';
import { anchorRect } from './selection';
import { createSelectionToolbar } from './selection-toolbar';
import type { SerialQueue } from './serial-queue';
import type { UiGuard } from './ui-guard';
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
  /** Reader input only, closed shadow root (see ui-guard). */
  guard?: UiGuard;
}

/** Creates the editor and its toolbar (attached to the page only when first shown). */
export function createAnnotationEditor(d: EditorDeps) {
  let pending: Range | null = null;
  let editing: string | null = null;

  /** Tells the reader a change was not saved, next to `range` when the toolbar is closed. */
  const failed = (range?: Range | null) => {
    if (!toolbar.isOpen && range) toolbar.showForSelection(anchorRect(range));
    toolbar.say(d.t('hlSaveFailed'));
  };
  /** Queues a change; any failure (a refused reply, a throw anywhere) is shown to the reader, never swallowed. */
  const attempt = (job: () => Promise<unknown>, range?: Range | null): Promise<void> =>
    d.queue(job).then(
      () => undefined,
      () => failed(range),
    );
  /** The reply's value, or a throw that `attempt` turns into the failure message. */
  const saved = <T>(reply: Reply<T>): T => {
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value;
  };

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
    const reply = saved(await d.store.create(annotation));
    d.session.add(reply.annotation, range);
    d.doc.getSelection()?.removeAllRanges();
    d.settle();
    editing = annotation.id;
    pending = null;
    toolbar.showForHighlight(anchorRect(range), { note, color, tags: tagsOf(reply.annotation) });
    const ask = d.store.requestSiteAccess;
    if (d.siteHint && ask && !reply.siteAccess) {
      toolbar.say(d.t('hlSiteAccessHint'), { label: d.t('hlRememberSite'), run: () => void ask() });
    }
  };
  const change = async (id: string, changes: AnnotationChanges) => {
    d.session.update(saved(await d.store.update(id, changes)).annotation);
    d.settle();
  };
  const remove = async (id: string) => {
    saved(await d.store.remove(id));
    d.session.remove(id);
    d.settle();
    toolbar.hide();
  };

  const toolbar = createSelectionToolbar(
    d.doc,
    d.t,
    {
      highlight: (color) => {
        const [id, range] = [editing, pending];
        if (id) void attempt(() => change(id, { color }));
        else if (range) void attempt(() => create(range, color, ''), range);
      },
      saveNote: (note, color, tags) => {
        const [id, range] = [editing, pending];
        const job = id
          ? () => change(id, { note, tags })
          : range
            ? () => create(range, color, note, tags)
            : null;
        if (job)
          void attempt(async () => {
            await job();
            toolbar.hide();
          }, range);
      },
      remove: () => {
        const id = editing;
        if (id) void attempt(() => remove(id));
      },
      closed: (hadFocus) => {
        const id = editing;
        pending = null;
        editing = null;
        d.closed?.(id, hadFocus);
      },
    },
    d.guard,
  );

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
    highlightNow: (range: Range, color: HighlightColor) => attempt(() => create(range, color, ''), range),
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
