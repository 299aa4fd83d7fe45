/**
 * Readability reads the byline box it finds as `textContent`, which glues the lines a `<br>` or a block sets
 * apart: « <a>Julien Marchal</a><br><small>Journaliste tests · 5 décembre</small> » reads "Julien
 * MarchalJournaliste tests", one line that no cleaning can split again. The box it took is read again with its
 * lines (plainText), which cleanByline reads one by one.
 */
import type { Readability } from '@mozilla/readability';
import { plainText } from './plain-text';

interface BylineReader {
  _isValidByline: (node: Element, matchString: string) => boolean;
}

/**
 * Makes `reader` remember the byline box it takes; the returned function gives Readability's byline with the
 * box's lines kept, when Readability took the box's whole text (not the metadata's author, nor the text of a
 * name marked inside the box, which is one line already).
 */
export function keepBylineLines<T>(
  reader: Readability<T>,
): (byline: string | null | undefined) => string | null {
  const hot = reader as unknown as BylineReader;
  const original = hot._isValidByline.bind(reader);
  let box: Element | null = null;
  hot._isValidByline = (node, matchString) => {
    const valid = original(node, matchString);
    if (valid) box = node;
    return valid;
  };
  return (byline) => {
    if (!byline || !box || (box.textContent ?? '').trim() !== byline) return byline ?? null;
    return plainText(box);
  };
}
