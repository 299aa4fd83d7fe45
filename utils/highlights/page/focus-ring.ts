/**
 * The focus ring of a highlight: one outlined box per line of its passage and a position badge,
 * drawn in the extension's shadow root and kept on the passage while the page scrolls or resizes.
 */
import { type Box, lineBoxes } from './focus-nav';

const PAD = 2;

/** Replaces the ring in `layer` with boxes around `lines` (viewport coordinates); none clears it. */
export function drawRing(doc: Document, layer: HTMLElement, lines: Box[], badge: string): void {
  const parts: HTMLElement[] = lines.map((l) => {
    const box = doc.createElement('div');
    box.className = 'ring';
    box.style.cssText = `left:${l.left - PAD}px;top:${l.top - PAD}px;width:${l.right - l.left + 2 * PAD}px;height:${l.bottom - l.top + 2 * PAD}px`;
    return box;
  });
  const first = lines[0];
  if (first && badge) {
    const tag = doc.createElement('div');
    tag.className = 'badge';
    tag.textContent = `${badge} ↑↓`;
    // Above the first line, or inside the viewport when the line touches its top.
    tag.style.cssText = `left:${first.left - PAD}px;top:${Math.max(0, first.top - PAD - 22)}px`;
    parts.push(tag);
  }
  layer.replaceChildren(...parts);
}

/** A ring that follows one highlight: `show(id)` reveals and rings it, `hide()` clears. */
export function createFocusRing(
  doc: Document,
  layer: HTMLElement,
  rangeOf: (id: string) => Range | null,
  badgeOf: (id: string) => string,
) {
  const win = doc.defaultView;
  let ringFor: string | null = null;
  let frame = 0;
  const redraw = () => {
    const range = ringFor ? rangeOf(ringFor) : null;
    drawRing(doc, layer, range ? lineBoxes(range.getClientRects()) : [], ringFor ? badgeOf(ringFor) : '');
  };
  // Rings are fixed-position boxes: redraw once per frame while the page moves under them.
  const follow = () => {
    if (!ringFor || frame || !win) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      redraw();
    });
  };
  win?.addEventListener('scroll', follow, { capture: true, passive: true });
  win?.addEventListener('resize', follow, { passive: true });
  return {
    show(id: string) {
      ringFor = id;
      reveal(rangeOf(id));
      redraw();
    },
    hide() {
      ringFor = null;
      redraw();
    },
    /** Redraws after the highlights changed (a ring on a removed highlight disappears). */
    refresh: () => void (ringFor && redraw()),
    destroy() {
      win?.removeEventListener('scroll', follow, { capture: true });
      win?.removeEventListener('resize', follow);
      if (frame) win?.cancelAnimationFrame(frame);
    },
  };
}

/** Scrolls the passage into view when it is not entirely visible (instantly: the ring follows). */
function reveal(range: Range | null): void {
  if (!range) return;
  const view = range.startContainer.ownerDocument?.defaultView;
  const r = range.getBoundingClientRect();
  if (!view || (r.top >= 0 && r.bottom <= view.innerHeight && r.height > 0)) return;
  const start = range.startContainer;
  const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
