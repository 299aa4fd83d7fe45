/** Draws the focus ring of a highlight: one outlined box per line of its passage, and a position badge. */
import type { Box } from './focus-nav';

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
