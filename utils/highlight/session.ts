/**
 * The annotations of one document and where they are painted. Anchoring is delegated to
 * utils/anchoring (`anchorAll`); this module keeps each annotation's live range or orphan state,
 * notices ranges that page changes destroyed, and re-anchors orphans on demand.
 */
import { anchorAll } from '@/utils/anchoring';
import type { WebAnnotation } from './model';
import type { Painter } from './painter';

/** One annotation and its place in the document (null: orphan). */
export interface SessionEntry {
  annotation: WebAnnotation;
  range: Range | null;
  /** The text that was painted, to notice when the page rewrote it. */
  text: string;
}

/** Counts for the `data-liseuse-*` status attributes and the lists. */
export interface SessionCounts {
  anchored: number;
  orphans: number;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Manages the painted annotations of `root`; `root()` is re-read because SPAs replace it. */
export function createHighlightSession(root: () => Element, painter: Painter) {
  const entries = new Map<string, SessionEntry>();

  const place = (annotation: WebAnnotation, range: Range | null) => {
    if (range) painter.paint(annotation.id, range, annotation.color);
    else painter.remove(annotation.id);
    entries.set(annotation.id, { annotation, range, text: range ? squash(range.toString()) : '' });
  };

  const anchorSome = async (list: WebAnnotation[], signal?: AbortSignal): Promise<number> => {
    if (!list.length) return 0;
    const results = await anchorAll(
      root(),
      list.map((a) => a.target.selector),
      { signal },
    );
    let found = 0;
    results.forEach((r, i) => {
      const a = list[i];
      if (!a || signal?.aborted || !entries.has(a.id)) return;
      place(a, r.status === 'anchored' ? r.range : null);
      if (r.status === 'anchored') found++;
    });
    return found;
  };

  const isStale = (e: SessionEntry): boolean => {
    const r = e.range;
    if (!r) return false;
    return r.collapsed || !root().contains(r.commonAncestorContainer) || squash(r.toString()) !== e.text;
  };

  return {
    /** Replaces everything with `list` and anchors it. */
    async load(list: WebAnnotation[], signal?: AbortSignal): Promise<SessionCounts> {
      painter.clear();
      entries.clear();
      for (const a of list) entries.set(a.id, { annotation: a, range: null, text: '' });
      await anchorSome(list, signal);
      return this.counts();
    },
    /** Unpaints highlights whose text the page changed, then re-anchors every orphan. */
    async refresh(signal?: AbortSignal): Promise<number> {
      for (const e of entries.values()) if (isStale(e)) place(e.annotation, null);
      const orphans = [...entries.values()].filter((e) => !e.range).map((e) => e.annotation);
      return anchorSome(orphans, signal);
    },
    /** Adds a just-created annotation painted over `range`. */
    add(annotation: WebAnnotation, range: Range) {
      place(annotation, range);
    },
    /** Replaces the stored annotation (note, colour…) keeping its place. */
    update(annotation: WebAnnotation) {
      const e = entries.get(annotation.id);
      if (!e) return;
      e.annotation = annotation;
      if (e.range) painter.recolor(annotation.id, annotation.color);
    },
    remove(id: string) {
      painter.remove(id);
      entries.delete(id);
    },
    get: (id: string) => entries.get(id),
    all: () => [...entries.values()],
    counts(): SessionCounts {
      let anchored = 0;
      for (const e of entries.values()) if (e.range) anchored++;
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
