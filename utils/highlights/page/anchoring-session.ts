/**
 * The annotations of one document and where they are painted. Anchoring is delegated to
 * utils/highlights/anchoring (`anchorAll`); this module keeps each annotation's live range or orphan state,
 * notices ranges that page changes destroyed, and re-anchors orphans on demand.
 */
import { anchorAll } from '@/utils/highlights/anchoring';
import type { WebAnnotation } from '@/utils/highlights/model';
import type { Painter } from '@/utils/highlights/paint/painter';
import { collapseSpaces } from '@/utils/shared/fold';

/** One annotation and its place in the document (null: orphan). */
export interface SessionEntry {
  annotation: WebAnnotation;
  range: Range | null;
  /** An orphan because its passage is now repeated on the page and nothing says which copy it is. */
  ambiguous: boolean;
}

/** What the session keeps: the painter owns the ranges (wrapping can replace text nodes). */
interface Stored {
  annotation: WebAnnotation;
  anchored: boolean;
  ambiguous: boolean;
  /** The text that was painted, to notice when the page rewrote it. */
  text: string;
}

/** Counts for the `data-liseuse-*` status attributes and the lists. */
export interface SessionCounts {
  anchored: number;
  orphans: number;
}

/** Manages the painted annotations of `root`; `root()` is re-read because SPAs replace it. */
export function createHighlightSession(root: () => Element, painter: Painter) {
  const entries = new Map<string, Stored>();
  /** The root's text when orphans were last looked for. */
  let lastOrphanText: string | null = null;
  const view = (e: Stored): SessionEntry => ({
    annotation: e.annotation,
    range: e.anchored ? painter.rangeOf(e.annotation.id) : null,
    ambiguous: !e.anchored && e.ambiguous,
  });
  const record = (annotation: WebAnnotation) => {
    const range = painter.rangeOf(annotation.id);
    entries.set(annotation.id, {
      annotation,
      anchored: Boolean(range),
      ambiguous: false,
      text: range ? collapseSpaces(range.toString()) : '',
    });
  };
  const unplace = (annotation: WebAnnotation) => {
    painter.remove(annotation.id);
    entries.set(annotation.id, { annotation, anchored: false, ambiguous: false, text: '' });
  };

  const anchorSome = async (list: WebAnnotation[], signal?: AbortSignal): Promise<number> => {
    if (!list.length) return 0;
    const results = await anchorAll(
      root(),
      list.map((a) => a.target.selector),
      { signal },
    );
    if (signal?.aborted) return 0;
    const found: { a: WebAnnotation; range: Range }[] = [];
    for (const [i, a] of list.entries()) {
      const r = results[i];
      const e = entries.get(a.id);
      if (!e || !r) continue;
      if (r.status === 'anchored') found.push({ a, range: r.range });
      else e.ambiguous = r.reason === 'ambiguous';
    }
    painter.paintMany(found.map(({ a, range }) => ({ id: a.id, range, color: a.color })));
    for (const { a } of found) record(a);
    return found.length;
  };

  const isStale = (e: Stored): boolean => {
    if (!e.anchored) return false;
    const r = painter.rangeOf(e.annotation.id);
    if (!r) return true;
    return (
      r.collapsed || !root().contains(r.commonAncestorContainer) || collapseSpaces(r.toString()) !== e.text
    );
  };

  return {
    /** Replaces everything with `list` and anchors it. */
    async load(list: WebAnnotation[], signal?: AbortSignal): Promise<SessionCounts> {
      painter.clear();
      entries.clear();
      for (const a of list) entries.set(a.id, { annotation: a, anchored: false, ambiguous: false, text: '' });
      await anchorSome(list, signal);
      lastOrphanText = root().textContent ?? '';
      return this.counts();
    },
    /**
     * Unpaints highlights whose text the page changed, then re-anchors the orphans — only when the
     * text changed since the last attempt, so a ticker or an animated ad costs no anchoring.
     */
    async refresh(signal?: AbortSignal): Promise<number> {
      let changed = false;
      for (const e of entries.values()) {
        if (!isStale(e)) continue;
        unplace(e.annotation);
        changed = true;
      }
      const orphans = [...entries.values()].filter((e) => !e.anchored).map((e) => e.annotation);
      const text = orphans.length ? (root().textContent ?? '') : '';
      if (!orphans.length || (!changed && text === lastOrphanText)) return 0;
      lastOrphanText = text;
      return anchorSome(orphans, signal);
    },
    /** Adds a just-created annotation painted over `range`. */
    add(annotation: WebAnnotation, range: Range) {
      painter.paint(annotation.id, range, annotation.color);
      record(annotation);
    },
    /** Replaces the stored annotation (note, colour…) keeping its place. */
    update(annotation: WebAnnotation) {
      const e = entries.get(annotation.id);
      if (!e) return;
      e.annotation = annotation;
      if (e.anchored) painter.recolor(annotation.id, annotation.color);
    },
    remove(id: string) {
      painter.remove(id);
      entries.delete(id);
    },
    get: (id: string): SessionEntry | undefined => {
      const e = entries.get(id);
      return e && view(e);
    },
    all: (): SessionEntry[] => [...entries.values()].map(view),
    counts(): SessionCounts {
      let anchored = 0;
      for (const e of entries.values()) if (e.anchored) anchored++;
      return { anchored, orphans: entries.size - anchored };
    },
    /** Removes every highlight from the page (the page is left as it was). */
    clear() {
      painter.clear();
      entries.clear();
    },
  };
}

/** The session's control surface. */
export type HighlightSession = ReturnType<typeof createHighlightSession>;
