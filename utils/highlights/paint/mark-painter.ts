/**
 * Fallback painter for browsers without the CSS Custom Highlight API: wraps text in `<mark>`.
 * Highlights are undone last-in first-out so overlapping marks always unwrap cleanly; removing one
 * highlight unwraps the later ones, then re-wraps them at the same text offsets.
 */
import type { HighlightColor } from '@/utils/highlights/model';
import type { Painter } from './painter';
import { highlightCss, injectStyles } from './styles';
import { offsetsToRange, rangeToOffsets } from './text-offsets';
import { slicesOf, unwrapPiece, type WrappedPiece, wrapSlice } from './wrap-text';

interface Painted {
  id: string;
  color: HighlightColor;
  pieces: WrappedPiece[];
}

/** Creates a `<mark>` painter for `doc`; offsets for re-wrapping are taken relative to `root`. */
export function createMarkPainter(doc: Document, root: Node = doc.body ?? doc.documentElement): Painter {
  const stack: Painted[] = [];
  let removeStyles: (() => void) | null = null;

  const wrap = (id: string, range: Range, color: HighlightColor): Painted => {
    removeStyles ??= injectStyles(doc, highlightCss());
    const pieces = slicesOf(range).map(({ node, start, end }, i) => {
      const mark = doc.createElement('mark');
      mark.dataset.liseuseId = id;
      mark.dataset.liseuseColor = color;
      if (i === 0) mark.tabIndex = 0;
      return wrapSlice(node, start, end, mark);
    });
    return { id, color, pieces };
  };

  const rangeOfPainted = (p: Painted): Range | null => {
    const first = p.pieces[0];
    const last = p.pieces[p.pieces.length - 1];
    if (!first || !last) return null;
    const r = doc.createRange();
    r.setStart(first.mid, 0);
    r.setEnd(last.mid, last.mid.data.length);
    return r;
  };

  /** Unwraps everything above (and including) index `from`, returning what to re-wrap. */
  const unwindTo = (from: number) => {
    const undone = stack.splice(from);
    const offsets = undone.map((p) => {
      const r = rangeOfPainted(p);
      return { p, o: r ? rangeToOffsets(root, r) : null };
    });
    for (const p of [...undone].reverse()) for (const piece of [...p.pieces].reverse()) unwrapPiece(piece);
    return offsets;
  };

  const painter: Painter = {
    kind: 'mark',
    paint(id, range, color) {
      if (stack.some((p) => p.id === id)) painter.remove(id);
      stack.push(wrap(id, range, color));
    },
    paintMany(items) {
      // Text offsets survive wrapping; live ranges into moved text nodes do not.
      const placed = items.map((it) => ({ ...it, o: rangeToOffsets(root, it.range) }));
      for (const { id, range, color, o } of placed) {
        const fresh = o ? offsetsToRange(root, o.start, o.end) : range;
        if (fresh) painter.paint(id, fresh, color);
      }
    },
    recolor(id, color) {
      const p = stack.find((s) => s.id === id);
      if (!p) return;
      p.color = color;
      for (const piece of p.pieces) piece.mark.dataset.liseuseColor = color;
    },
    remove(id) {
      const index = stack.findIndex((p) => p.id === id);
      if (index < 0) return;
      for (const { p, o } of unwindTo(index).slice(1)) {
        const r = o ? offsetsToRange(root, o.start, o.end) : null;
        stack.push(r ? wrap(p.id, r, p.color) : { ...p, pieces: [] });
      }
    },
    clear() {
      unwindTo(0);
      removeStyles?.();
      removeStyles = null;
    },
    ids: () => stack.map((p) => p.id),
    at(node) {
      for (let n: Node | null = node; n; n = n.parentNode) {
        if (n.nodeType === 1 && (n as HTMLElement).dataset?.liseuseId)
          return (n as HTMLElement).dataset.liseuseId ?? null;
      }
      return null;
    },
    owns: (node) => node.nodeType === 1 && Boolean((node as HTMLElement).dataset?.liseuseId),
    focusTarget: (id) => stack.find((s) => s.id === id)?.pieces[0]?.mark ?? null,
    rangeOf(id) {
      const p = stack.find((s) => s.id === id);
      return p ? rangeOfPainted(p) : null;
    },
  };
  return painter;
}
