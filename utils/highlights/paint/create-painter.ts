/** Picks the painter: the CSS Custom Highlight API when present, `<mark>` wrapping otherwise. */
import { createCustomHighlightPainter } from './custom-highlight-painter';
import { createMarkPainter } from './mark-painter';
import { highlightRegistry, type Painter } from './painter';

/** The best painter for `doc`; `root` bounds the fallback's text offsets. */
export function createPainter(doc: Document, root?: Node): Painter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = win ? highlightRegistry(win) : null;
  return registry ? createCustomHighlightPainter(doc, registry) : createMarkPainter(doc, root);
}
