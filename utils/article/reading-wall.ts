/**
 * A reading wall (a paywall or a sign-in wall) shows a headline, a standfirst and a pitch instead of the
 * story. Its line says the rest is kept from the reader; a page that shows little text and such a line is
 * the wall, not the article (a subscriber's page carries the whole story and no such line).
 */

/** The wall's line, in the languages of the web's news: the story is for subscribers, or cut. */
const WALL =
  /\bréservée? aux (?:abonnés|membres)\b|\bil vous reste \d+\s?% de l['’]article|\b(?:subscribe|sign in|log in|register) to (?:continue|keep) reading\b|\b(?:for|to) subscribers only\b|\bexclusive(?:ly)? (?:for|to) subscribers\b|\bnur für abonnenten\b|\bexklusiv für abonnenten\b|\b(?:exclusivo|reservado) para (?:suscriptores|socios|abonados)\b|\briservato agli abbonati\b/i;
/** The same without word boundaries, for the page's whole text, where blocks' texts run together. */
const WALL_ANYWHERE = new RegExp(WALL.source.replaceAll('\\b', ''), 'i');
/**
 * Words each of the wall's lines above holds, looked for first: plain words are quick to search for in a
 * whole page, the full pattern is slow to try at its every position. In ASCII only ("f.r", not "für"): one
 * letter beyond ASCII in a pattern ignoring case without the u flag made V8 scan the page's text 3.5x slower.
 */
const WALL_WORDS =
  /aux abonn|aux membres|vous reste|to continue reading|to keep reading|for subscribers|to subscribers|f.r abonnenten|para suscriptores|para socios|para abonados|agli abbonati/i;
/**
 * Where a wall's words are no wall over this page: a card's badge on a link to another story, a list, and a
 * wall kept hidden in the page for readers who are not signed in.
 */
const NOT_HERE =
  'a, li, nav, aside, footer, template, [hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"]';
/** A wall's line is short; a longer block naming subscribers is prose about them. */
const MAX_LINE_CHARS = 200;

/** True when the page prints a wall's line outside its links and lists. */
export function hasReadingWall(doc: Document, elements: readonly Element[], bodyText?: string): boolean {
  const body = doc.body;
  if (!body) return false;
  const pageText = bodyText ?? body.textContent ?? '';
  if (!WALL_WORDS.test(pageText) || !WALL_ANYWHERE.test(pageText)) return false;
  return elements.some((el) => {
    const text = el.textContent ?? '';
    if (text.length > MAX_LINE_CHARS || !WALL.test(text) || el.closest(NOT_HERE)) return false;
    // A block around a badge or a hidden wall holds its words: the line must be the block's own.
    const inner = Array.from(el.querySelectorAll(NOT_HERE)).some((e) => WALL.test(e.textContent ?? ''));
    return !inner && body.contains(el);
  });
}
