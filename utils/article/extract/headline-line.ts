/**
 * The headline printed again at the top of the article's text. Readability drops an <h1> or <h2> that repeats
 * the title; a headline set in another element (« <div class="story-headline"> ») stays and would be read as
 * the text's first line. The header already shows it.
 */
import { foldWords } from '@/utils/shared/fold';

// Words set apart inside a paragraph ("<b>Macro photos</b> are no easy hobby"): part of its sentence.
const INLINE = new Set(['a', 'b', 'strong', 'em', 'i', 'u', 'span', 'font', 'small', 'mark', 'abbr', 'time']);

/** The element's first child with text: an element, or null when bare text comes first. */
function firstWithText(el: Element): Element | null {
  for (const node of Array.from(el.childNodes)) {
    if (!(node.textContent ?? '').trim()) continue;
    return node.nodeType === 1 ? (node as Element) : null;
  }
  return null;
}

/** Removes from `content` the block that opens it when it says the title and nothing else (mutates it). */
export function dropHeadlineLine(content: Element, title: string | null): void {
  const wanted = foldWords(title ?? '');
  // A text that is the headline alone (a picture's page) keeps it.
  if (!wanted || (content.textContent ?? '').trim().length <= (title ?? '').trim().length) return;
  // Only the opening of a long block is folded: enough to tell whether it starts with the headline.
  const reach = 2 * (title ?? '').length + 40;
  // Down the chain of first blocks while each starts with the headline: a few levels, never the whole tree.
  let el = firstWithText(content);
  while (el && !INLINE.has(el.localName.toLowerCase())) {
    const raw = el.textContent ?? '';
    const text = foldWords(raw.slice(0, reach));
    if (raw.length < reach && text === wanted) {
      el.remove();
      return;
    }
    // Blocks' texts may touch ("…weeksThe board met"): the exact match above decides.
    if (!text.startsWith(wanted)) return;
    el = firstWithText(el);
  }
}
