/**
 * Degraded main-content finder for when Readability gives up (too many elements, deadline, nothing found):
 * one linear pass, so it stays fast on the very pages that defeat Readability.
 */

const CHROME = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg';

/** The element holding most paragraph text (`<article>`/`<main>` preferred when they hold most of it). */
export function findMainContent(doc: Document): Element | null {
  // linkedom's `body` getter throws on a document Readability left without a root.
  const body = doc.documentElement ? doc.body : null;
  if (!body) return null;
  for (const el of Array.from(body.querySelectorAll(CHROME))) el.remove();
  const scores = new Map<Element, number>();
  for (const p of Array.from(body.querySelectorAll('p, pre, blockquote, li'))) {
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + (p.textContent?.length ?? 0));
  }
  let best: Element = body;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  const landmark = best.closest('article, main, [role="main"]');
  return landmark && landmark !== body ? landmark : best;
}
