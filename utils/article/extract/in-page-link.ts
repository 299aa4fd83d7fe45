/** A link to a place on this page ("Back to top", "Page load link", "Skip to content"): no text of the story. */
export const isInPageLink = (el: Element | null): boolean =>
  el?.closest('a')?.getAttribute('href')?.startsWith('#') ?? false;

const squeeze = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, '');

/** A line that is one such link and nothing else (not a paragraph citing its footnote, "…, p. 426 [1]"). */
export function isInPageLinkLine(el: Element): boolean {
  const links = el.localName === 'a' ? [el] : Array.from(el.getElementsByTagName('a'));
  return (
    links.length === 1 && isInPageLink(links[0] as Element) && squeeze(links[0] as Element) === squeeze(el)
  );
}
