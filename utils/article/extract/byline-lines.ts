/**
 * Readability reads the byline box it finds as `textContent`, which glues the lines a `<br>` or a block sets
 * apart: « <a>Julien Marchal</a><br><small>Journaliste tests · 5 décembre</small> » reads "Julien
 * MarchalJournaliste tests", one line that no cleaning can split again. The box it takes is given a newline at
 * each of those breaks before it is read (it leaves the page right after), so cleanByline reads its lines one by
 * one. The box's own white space is kept: a newline in the source parts names already.
 */
import type { Readability } from '@mozilla/readability';
import { BLOCKS } from './plain-text';
import { internalsOf } from './readability-internals';

/** Writes a newline after each `<br>` of `box`, and around each block in it. */
export function markLineBreaks(box: Element): void {
  const doc = box.ownerDocument;
  for (const el of Array.from(box.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    if (tag === 'br') el.after(doc.createTextNode('\n'));
    else if (BLOCKS.has(tag)) {
      el.before(doc.createTextNode('\n'));
      el.after(doc.createTextNode('\n'));
    }
  }
}

/** Makes `reader` mark the line breaks of the byline box it takes, before it reads the box's text. */
export function keepBylineLines<T>(reader: Readability<T>): void {
  const hot = internalsOf(reader);
  const original = hot._isValidByline.bind(reader);
  hot._isValidByline = (node, matchString) => {
    const valid = original(node, matchString);
    if (valid) markLineBreaks(node);
    return valid;
  };
}
