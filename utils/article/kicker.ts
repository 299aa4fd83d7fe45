/**
 * The kicker (overline, Dachzeile, antetítulo, surtitre) a page sets over a headline: the story's topic in a
 * few words ("Die Zukunft der Arbeit"), shown apart from the headline and no part of it.
 */

import { collapseSpaces } from '@/utils/shared/fold';

/** Class words of a kicker, matched on class names split into lower-case words ("ts-overline" → ts overline). */
export const KICKER_CLASS =
  /\b(kicker|eyebrow|overline|roofline|topline|dachzeile|spitzmarke|supratitle|antetitulo|volanta|surtitre)\b/;

const classWords = (el: Element): string =>
  (el.getAttribute('class') ?? '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ');

/** Whether an element is a kicker, by its class. */
export const isKicker = (el: Element): boolean => KICKER_CLASS.test(classWords(el));

// Where a kicker ends; replaced by a space when the headline is glued to it, else by nothing.
const KICKER_END = '\u0000';
const GLUED = new RegExp(`${KICKER_END}(?=[\\p{L}\\p{N}"„“«‘'(])`, 'gu');

/**
 * An element's text with its kickers set apart from what follows them: a heading shows a kicker on a line of
 * its own, and its text glues the two ("Die Zukunft der Arbeit" + '"Wir…"' → 'Die Zukunft der Arbeit"Wir…"').
 */
export function textWithKickersApart(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    // A line break parts words as a space does: "winter<br>As the strike…" is not "winterAs".
    else if ((node as Element).localName === 'br') parts.push(' ');
    else if (node.nodeType === 1) {
      for (const child of node.childNodes) walk(child);
      if (node !== root && isKicker(node as Element)) parts.push(KICKER_END);
    }
  };
  walk(root);
  return collapseSpaces(parts.join('').replace(GLUED, ' ').replaceAll(KICKER_END, ''));
}
