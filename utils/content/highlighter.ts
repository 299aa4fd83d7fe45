/**
 * The highlighter of one document (a live page or the library's reader view): loads its
 * annotations, anchors and paints them, re-anchors after late content or SPA navigation, and
 * turns selections into highlights and notes through the selection toolbar.
 */
import { describe } from '@/utils/anchoring';
import { createPainter } from '@/utils/highlight/create-painter';
import { highlightAtPoint } from '@/utils/highlight/hit-test';
import {
  type AnnotationChanges,
  createAnnotation,
  type HighlightColor,
  newAnnotationId,
  noteOf,
} from '@/utils/highlight/model';
import { createHighlightSession } from '@/utils/highlight/session';
import type { AnnotationStore } from './annotation-client';
import type { Translate } from './messages';
import { setStatus, watchPage } from './page-watch';
import { anchorRect, selectedRange } from './selection';
import { createSelectionToolbar } from './selection-toolbar';
import type { HighlighterStatus } from './tab-protocol';

/** What the highlighter needs from its host. */
export interface HighlighterOptions {
  doc: Document;
  /** The annotatable root, re-read on each use (SPAs replace `<body>` content). */
  root: () => Element;
  store: AnnotationStore;
  /** URL written into new annotations' targets (the background re-derives it for content scripts). */
  source: () => string;
  t: Translate;
  signal: AbortSignal;
  /** Watch mutations and URL changes (live pages); the reader view's content is static. */
  watch: boolean;
}

/** The running highlighter. */
export interface Highlighter {
  /** Resolves once the first anchoring pass has settled. */
  ready: Promise<void>;
  /** Highlights the current selection (context menu, keyboard command); false when none. */
  highlightSelection(color?: HighlightColor): Promise<boolean>;
  /** Ids of placed and orphaned annotations (for the popup's list). */
  status(): HighlighterStatus;
}

/** Starts the highlighter; everything it did is undone when `signal` aborts. */
export function startHighlighter(o: HighlighterOptions): Highlighter {
  const { doc, t, store } = o;
  const painter = createPainter(doc, o.root());
  const session = createHighlightSession(o.root, painter);
  let pending: Range | null = null;
  let editing: string | null = null;
  let chain: Promise<unknown> = Promise.resolve();
  const queue = <T>(job: () => Promise<T>): Promise<T> => {
    const run = chain.then(job, job);
    chain = run.catch(() => undefined);
    return run;
  };
  let dropOwnMutations: () => void = () => {};
  const settle = () => {
    // Only the <mark> fallback writes to the DOM; the Highlight API leaves nothing to drop.
    if (painter.kind === 'mark') dropOwnMutations();
    if (!o.signal.aborted) setStatus(doc, session.counts());
  };

  const create = async (range: Range, color: HighlightColor, note: string) => {
    const annotation = createAnnotation({
      id: newAnnotationId(),
      source: o.source(),
      selector: describe(o.root(), range),
      color,
      note,
      now: new Date(),
    });
    const reply = await store.create(annotation);
    if (!reply.ok) return toolbar.say(t('hlSaveFailed'));
    session.add(reply.value.annotation, range);
    doc.getSelection()?.removeAllRanges();
    settle();
    editing = annotation.id;
    toolbar.showForHighlight(anchorRect(range), { note, color });
    if (!reply.value.siteAccess) toolbar.say(t('hlSiteAccessHint'));
  };
  const change = async (id: string, changes: AnnotationChanges) => {
    const reply = await store.update(id, changes);
    if (!reply.ok) return toolbar.say(t('hlSaveFailed'));
    session.update(reply.value.annotation);
    settle();
  };

  const toolbar = createSelectionToolbar(doc, t, {
    highlight: (color) => {
      if (editing) void queue(() => change(editing ?? '', { color }));
      else if (pending) void queue(() => create(pending as Range, color, ''));
    },
    saveNote: (note, color) => {
      if (editing) void queue(() => change(editing ?? '', { note })).then(() => toolbar.hide());
      else if (pending) void queue(() => create(pending as Range, color, note)).then(() => toolbar.hide());
    },
    remove: () => {
      const id = editing;
      if (!id) return;
      void queue(async () => {
        const reply = await store.remove(id);
        if (!reply.ok) return toolbar.say(t('hlSaveFailed'));
        session.remove(id);
        settle();
        toolbar.hide();
      });
    },
    closed: () => {
      pending = null;
      editing = null;
    },
  });

  const openEditor = (id: string, openNote = false) => {
    const entry = session.get(id);
    if (!entry?.range) return;
    editing = id;
    pending = null;
    toolbar.showForHighlight(anchorRect(entry.range), {
      note: noteOf(entry.annotation),
      color: entry.annotation.color,
      openNote,
    });
  };
  const onPointerUp = (e: MouseEvent) => {
    if (toolbar.owns(e)) return;
    setTimeout(() => {
      const range = selectedRange(doc, o.root());
      const hit = range ? null : highlightAtPoint(doc, painter, e.clientX, e.clientY);
      if (range) {
        editing = null;
        pending = range;
        toolbar.showForSelection(anchorRect(range));
      } else if (hit) openEditor(hit);
      else toolbar.hide();
    }, 0);
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (toolbar.owns(e) || !e.shiftKey) return;
    const range = selectedRange(doc, o.root());
    if (!range) return;
    editing = null;
    pending = range;
    toolbar.showForSelection(anchorRect(range));
  };
  const onFocusIn = (e: FocusEvent) => {
    if (painter.kind !== 'mark' || !e.target) return;
    const id = painter.at(e.target as Node, 0);
    if (id) openEditor(id);
  };
  const listen = { signal: o.signal };
  doc.addEventListener('mouseup', onPointerUp, listen);
  doc.addEventListener('keyup', onKeyUp, listen);
  doc.addEventListener('focusin', onFocusIn, listen);

  const load = () =>
    queue(async () => {
      const reply = await store.list();
      await session.load(reply.ok ? reply.value.annotations : [], o.signal);
      settle();
    });
  if (o.watch) {
    dropOwnMutations = watchPage({
      doc,
      signal: o.signal,
      ignore: (n) => painter.owns(n) || n.nodeName === 'LISEUSE-TOOLBAR',
      onSettled: () =>
        void queue(async () => {
          await session.refresh(o.signal);
          settle();
        }),
      onUrlChange: () => void load(),
    });
  }
  o.signal.addEventListener('abort', () => {
    toolbar.destroy();
    session.clear();
    doc.documentElement.removeAttribute('data-liseuse-anchored');
    doc.documentElement.removeAttribute('data-liseuse-orphans');
  });
  const ready = load().then(() => undefined);

  return {
    ready,
    status: () => {
      const all = session.all();
      return {
        anchored: all.filter((e) => e.range).map((e) => e.annotation.id),
        orphans: all.filter((e) => !e.range).map((e) => e.annotation.id),
      };
    },
    async highlightSelection(color = 'yellow') {
      await ready;
      const range = selectedRange(doc, o.root());
      if (!range) return false;
      await queue(() => create(range, color, ''));
      return true;
    },
  };
}
