/**
 * The highlighter of one document (a live page or the library's reader view): loads its
 * annotations, anchors and paints them, re-anchors after late content or SPA navigation, and
 * turns selections into highlights and notes through the selection toolbar.
 */
import { UI_ATTRIBUTE } from '@/utils/highlights/anchoring';
import type { HighlightColor } from '@/utils/highlights/model';
import { createHighlightSession } from '@/utils/highlights/page/anchoring-session';
import { createPainter } from '@/utils/highlights/paint/create-painter';
import type { AttachOutcome, HighlighterStatus } from '@/utils/messaging';
import { type AnnotationStore, canonicalOf } from './annotation-client';
import { type AnnotationEditor, createAnnotationEditor } from './annotation-editor';
import { createFocusLayer } from './highlight-focus';
import { clearStatus, setStatus, watchPage } from './page-watch';
import { listenForReaderInput } from './reader-input';
import { selectedRange } from './selection';
import { createSerialQueue } from './serial-queue';
import type { UiGuard } from './ui-guard';
import type { Translate } from './ui-strings';

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
  /** Suggest remembering the site after the first highlight (live pages only). */
  siteHint: boolean;
  /**
   * Write the anchored/orphan counts on `<html>` (`data-liseuse-anchored`, `data-liseuse-orphans`) for
   * tests. Off on live pages in production builds: the page would learn how many notes its reader keeps.
   */
  statusAttributes: boolean;
  /** Reader input only, closed shadow roots (unit tests substitute it). */
  guard?: UiGuard;
}

/** The running highlighter. */
export interface Highlighter {
  /** Resolves once the first anchoring pass has settled. */
  ready: Promise<void>;
  /** Highlights the current selection (context menu, keyboard command); false when none. */
  highlightSelection(color?: HighlightColor): Promise<boolean>;
  /** Places an orphan on the current selection (the reader shows where it went). */
  attachSelection(id: string): Promise<AttachOutcome>;
  /** Ids of placed and orphaned annotations (for the popup's list). */
  status(): HighlighterStatus;
  /** Shows the toolbar for the current selection, as a mouse selection would; false when none. */
  offerSelection(): Promise<boolean>;
}

/** Starts the highlighter; everything it did is undone when `signal` aborts. */
export function startHighlighter(o: HighlighterOptions): Highlighter {
  const { doc } = o;
  const painter = createPainter(doc, o.root());
  const session = createHighlightSession(o.root, painter);
  const queue = createSerialQueue();
  let dropOwnMutations: () => void = () => {};
  // Fallback <mark>s are focusable themselves; Highlight API ranges need proxies to be reached.
  const focus =
    painter.kind === 'highlight-api'
      ? createFocusLayer({
          doc,
          t: o.t,
          rangeOf: (id) => session.get(id)?.range ?? null,
          open: (id) => editor.openHighlight(id),
          guard: o.guard,
        })
      : null;
  const settle = () => {
    // Only the <mark> fallback writes to the DOM; the Highlight API leaves nothing to drop.
    if (painter.kind === 'mark') dropOwnMutations();
    if (o.signal.aborted) return;
    if (o.statusAttributes) setStatus(doc, session.counts());
    focus?.sync(session.all());
  };
  const editor: AnnotationEditor = createAnnotationEditor({
    ...o,
    session,
    queue,
    settle,
    // Focus goes back to the highlight the reader was working on: its proxy, or its first <mark>.
    closed: (id, hadFocus) =>
      focus ? focus.editorClosed(id, hadFocus) : hadFocus && id && painter.focusTarget(id)?.focus(),
    opened: (id) => focus?.remember(id),
  });
  listenForReaderInput(doc, o.root, painter, editor, o.signal, (e) => focus?.owns(e) ?? false, o.guard);

  const load = () =>
    queue(async () => {
      const reply = await o.store.list();
      await session.load(reply.ok ? reply.value.annotations : [], o.signal);
      settle();
    });
  if (o.watch) {
    dropOwnMutations = watchPage({
      doc,
      signal: o.signal,
      pageKey: () => `${doc.location?.href} ${canonicalOf(doc)}`,
      ignore: (n) => painter.owns(n) || (n.nodeType === 1 && (n as Element).hasAttribute(UI_ATTRIBUTE)),
      onSettled: () =>
        void queue(async () => {
          await session.refresh(o.signal);
          settle();
        }),
      onPageChange: () => void load(),
    });
  }
  o.signal.addEventListener('abort', () => {
    editor.toolbar.destroy();
    focus?.destroy();
    session.clear();
    if (o.statusAttributes) clearStatus(doc);
  });
  const ready = load().then(() => undefined);

  return {
    ready,
    status: () => {
      const all = session.all();
      return {
        anchored: all.filter((e) => e.range).map((e) => e.annotation.id),
        orphans: all.filter((e) => !e.range).map((e) => e.annotation.id),
        ambiguous: all.filter((e) => e.ambiguous).map((e) => e.annotation.id),
      };
    },
    async attachSelection(id) {
      await ready;
      const range = selectedRange(doc, o.root());
      const orphan = session.get(id);
      if (!orphan || orphan.range) return 'failed';
      if (!range) return 'no-selection';
      return (await editor.attach(id, range)) ? 'placed' : 'failed';
    },
    async offerSelection() {
      await ready;
      const range = selectedRange(doc, o.root());
      if (range) editor.offerSelection(range);
      return range !== null;
    },
    async highlightSelection(color = 'yellow') {
      await ready;
      const range = selectedRange(doc, o.root());
      if (!range) return false;
      await editor.highlightNow(range, color);
      return true;
    },
  };
}
