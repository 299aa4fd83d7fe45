/**
 * A line of the site's menu or legal footer ("Imprint | Privacy | © 2024 Example"): short items set
 * apart by bars or dots, two or more of them links, none a sentence. Told by its shape, not its words.
 */

import { collapseSpaces } from '@/utils/shared/fold';

/** Longer than this, a line with bars in it is prose or a table written inline. */
const MAX_MENU_CHARS = 200;
const MIN_ITEMS = 3;
const MAX_ITEM_WORDS = 6;
const SEPARATOR = /\s*[|•·]\s*/;

/** True when `el` is such a line: three items or more, two or more of them links, whole. */
export function isMenuLine(el: Element): boolean {
  const text = collapseSpaces(el.textContent);
  if (text.length > MAX_MENU_CHARS) return false;
  const items = text.split(SEPARATOR).filter(Boolean);
  if (items.length < MIN_ITEMS || items.some((i) => i.split(' ').length > MAX_ITEM_WORDS || /[.!?]$/.test(i)))
    return false;
  const whole = new Set(items);
  const links = Array.from(el.getElementsByTagName('a')).filter((a) =>
    whole.has(collapseSpaces(a.textContent)),
  );
  return links.length >= 2;
}
