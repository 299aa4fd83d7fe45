/**
 * Removes what hangs at the article's end: a subheading or a short label that introduces nothing
 * ("Mehr zum Thema", "Read also:", "Weitere Artikel") once the links or teasers it introduced are gone
 * (a heading is a promise of content; with none after it, it is furniture), a "read also" label left
 * anywhere (`read-also-label.ts`), and the closing section of
 * a press release or company post that is about the sender, not the story ("Press contact:", "About
 * Acme:", "Weitere Informationen:"), and the comments or other stories under their heading near the end
 * ("12 Kommentare", "Leave a reply", "Ähnliche Artikel", `furniture-heading.ts`).
 */
import { isFurnitureHeading, isSharingLabel } from '@/utils/article/extract/furniture-heading';
import { isInPageLinkLine } from '@/utils/article/extract/in-page-link';
import { isMenuLine } from '@/utils/article/extract/menu-line';
import { isReadAlsoLabel } from '@/utils/article/extract/read-also-label';
import { textBlocks } from '@/utils/article/extract/text-blocks';
import { collapseSpaces } from '@/utils/shared/fold';

/** A label ("Related:", "Lesen Sie auch") is at most this many words. */
const MAX_LABEL_WORDS = 6;
/** At most this many such lines are removed from the end (a run of empty section titles). */
const MAX_REMOVED = 3;

/** Labels opening a closing section about the sender (contacts, company boilerplate), many languages. */
const END_SECTION =
  /^(?:kontakt|pressekontakt|ansprechpartner(?:in)?|press contacts?|media contacts?|contacts?|contact presse|contacto|contatti|weitere informationen|more information|for more information|plus d'informations|más información|maggiori informazioni|(?:über|about|à propos d[eu']|acerca de|informazioni su)\s+(?!uns\b|us\b|nous\b|nosotros\b|noi\b)\S)(?:[^.!?]|\.(?=\S)){0,60}$/i;
/** The label of a closing section ("About the press portal www.example.org") is at most this many words. */
const MAX_SECTION_LABEL_WORDS = 8;
/** The closing section goes only if it is at most this share of the article's text. */
const MAX_END_SECTION_SHARE = 0.3;
/** ...and only if it starts in the last part of the article. */
const END_ZONE = 0.6;

/** A class naming its element a heading ("headline headline--container", "heading-h3", "section-title"). */
const HEADING_CLASS = /(?:^|[\s_-])(?:headline|heading|title)(?:$|[\s_-])/i;

/** True when `el` is a heading by its markup: its tag, or a short line whose class (or its only child's) calls it one. */
function isHeading(el: Element, text: string, words: number): boolean {
  if (/^h[1-6]$/i.test(el.localName)) return true;
  if (words > MAX_LABEL_WORDS || /[.!]$/.test(text)) return false;
  // The class may sit on the only element inside the line ("<section><span class=headline>...").
  for (let at: Element | null = el; at; at = at.children.length === 1 ? at.firstElementChild : null) {
    if (HEADING_CLASS.test(at.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** True when `el` introduces something: a heading, a short line ending with a colon, a "read also" label. */
function isIntroduction(el: Element): boolean {
  const text = collapseSpaces(el.textContent);
  const words = text.split(' ').filter(Boolean).length;
  return (
    isHeading(el, text, words) ||
    (words <= MAX_LABEL_WORDS && /[:：]$/.test(text)) ||
    isReadAlsoLabel(text, true)
  );
}

/** Removes a closing section about the sender: its label line and everything after it. */
function trimEndSection(blocks: Element[]): Element[] {
  // Each block's text is read once: the total, the running share, the label and the tail all use it.
  const texts = blocks.map((el) => collapseSpaces(el.textContent));
  const lengths = texts.map((text) => text.length);
  const total = lengths.reduce((n, l) => n + l, 0);
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (seen >= END_ZONE * total) {
      const text = texts[i] as string;
      // The comments' or other stories' heading: all after it is theirs, however long (it starts late).
      const furniture = isFurnitureHeading(text);
      if (furniture || (END_SECTION.test(text) && text.split(' ').length <= MAX_SECTION_LABEL_WORDS)) {
        const tail = lengths.slice(i).reduce((n, l) => n + l, 0);
        if (!furniture && tail > MAX_END_SECTION_SHARE * total) return blocks;
        for (const b of blocks.slice(i)) b.remove();
        return blocks.slice(0, i);
      }
    }
    seen += lengths[i] ?? 0;
  }
  return blocks;
}

/** Removes the lines of `blocks` that are only a "read also" or a sharing label; returns the rest. */
function dropLabels(blocks: Element[]): Element[] {
  return blocks.filter((el) => {
    // Each line's text once: both tests read the same short line.
    const text = el.textContent ?? '';
    if (!isReadAlsoLabel(text, false) && !isSharingLabel(text)) return true;
    el.remove();
    return false;
  });
}

/**
 * Removes "read also" labels and sharing labels left anywhere, the closing sender's section, then trailing headings and labels
 * with nothing after them (mutates `root`).
 */
export function trimDangling(root: Element): void {
  const blocks = trimEndSection(dropLabels(textBlocks(root)));
  // A one-line article is a title and nothing else: left alone.
  for (let n = 0; n < MAX_REMOVED && blocks.length > 1; n++) {
    const last = blocks.at(-1) as Element;
    // A "back to top" link or the site's menu under the article hides what hangs above it.
    if (!isIntroduction(last) && !isInPageLinkLine(last) && !isMenuLine(last)) return;
    last.remove();
    blocks.pop();
  }
}
