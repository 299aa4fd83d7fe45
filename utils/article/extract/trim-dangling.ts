/**
 * Removes what the other rules leave hanging at the article's end: a subheading or a short label that
 * introduces nothing ("Mehr zum Thema", "Read also:", "Weitere Artikel") once the links or teasers it
 * introduced are gone. A heading is a promise of content; with none after it, it is furniture.
 */
import { textBlocks } from '@/utils/article/extract/text-blocks';

/** A label ("Related:", "Lesen Sie auch") is at most this many words. */
const MAX_LABEL_WORDS = 6;
/** At most this many such lines are removed from the end (a run of empty section titles). */
const MAX_REMOVED = 3;

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** True when `el` introduces something: a heading, or a short line ending with a colon. */
function isIntroduction(el: Element): boolean {
  const text = norm(el.textContent ?? '');
  const words = text.split(' ').filter(Boolean).length;
  if (/^h[1-6]$/i.test(el.localName)) return true;
  return words <= MAX_LABEL_WORDS && /[:：]$/.test(text);
}

/** Removes trailing headings and labels with nothing after them (mutates `root`). */
export function trimDangling(root: Element): void {
  const blocks = textBlocks(root);
  // A one-line article is a title and nothing else: left alone.
  for (let n = 0; n < MAX_REMOVED && blocks.length > 1; n++) {
    const last = blocks.at(-1) as Element;
    if (!isIntroduction(last)) return;
    last.remove();
    blocks.pop();
  }
}
