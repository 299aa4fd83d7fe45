/**
 * The article's italic spans (<em>, <i>, <cite>), as the words they hold: plain text loses the italics a work's
 * title is set in (« L'Hiver à Nantes », *The Salt Year*), which the entity step reads as such a title's bounds.
 */
import { collapseSpaces } from '@/utils/shared/fold';

const ITALIC = 'em, i, cite';
/** Longer than this, an italic span is a quoted sentence or a note, not a title. */
const MAX_CHARS = 80;

/** Distinct texts of the italic elements inside `root`, in document order, whitespace collapsed. */
export function emphasisSpans(root: Element): string[] {
  const out = new Set<string>();
  for (const el of Array.from(root.querySelectorAll(ITALIC))) {
    const text = collapseSpaces(el.textContent ?? '');
    if (text && text.length <= MAX_CHARS) out.add(text);
  }
  return [...out];
}
