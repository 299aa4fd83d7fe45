/**
 * Removes the lines around an article that describe it rather than tell it, which Readability keeps when
 * they sit inside the article's container: a dateline or byline at the top ("By Jo Bloggs · 18 Nov 2019,
 * 4:10pm", "Updated: Sat 8:31 PM"), a reading time, photo credits ("Foto: dpa"), and an author's bio at
 * the end ("Jo Bloggs is a reporter for..."). Only short lines go, and datelines only at either end.
 */
import { isMetaWord, stripDates } from '@/utils/article/extract/meta-words';

/** How many text blocks at each end of the article are looked at for datelines and bylines. */
const EDGE_BLOCKS = 4;
/** A dateline or byline is at most this many words. */
const MAX_META_WORDS = 16;
/** An author's bio is at most this many words. */
const MAX_BIO_WORDS = 70;
/** A credit line is at most this many words after its label. */
const MAX_CREDIT_WORDS = 10;
const BLOCK = /^(p|div|h[1-6]|li|section|header|footer|span|time|address|figcaption|small)$/i;
/** A label that opens a picture credit or a source line, in the languages of the web's news. */
const CREDIT_LABEL =
  /^\s*[([]?\s*(?:photos?|fotos?|фото|image|images|bild|bilder|credits?|crédits?|crédito|créditos|source|sources|quelle|quellen|fuente|fonte|titelbild|picture|pictures|illustration|zdjęcie|fot\.)\s*[:©|/]/i;

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const words = (s: string): string[] => s.split(/[\s|·•,;–—]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Blocks of `root` holding text directly or only through inline elements, in document order. */
function textBlocks(root: Element): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!BLOCK.test(el.localName) || norm(el.textContent ?? '') === '') continue;
    if (Array.from(el.children).some((c) => BLOCK.test(c.localName) && norm(c.textContent ?? '') !== ''))
      continue;
    out.push(el);
  }
  return out;
}

/** True when `text` is a dateline or byline: once dates, cue words and the author's names are set aside, nothing much is left. */
export function isMetaLine(text: string, names: string[]): boolean {
  const all = words(text);
  if (all.length === 0 || all.length > MAX_META_WORDS) return false;
  const { rest, found } = stripDates(text);
  const byName = names.some((n) => n && text.toLowerCase().includes(n.toLowerCase()));
  if (!found && !byName && !/\b(?:min|minutes?|minuten|minuto?s?)\b/i.test(text)) return false;
  let left = words(rest).filter((w) => !isMetaWord(w));
  for (const name of names) left = left.filter((w) => !name.toLowerCase().includes(w.toLowerCase()));
  return left.length <= 1;
}

/** True when `text` is a picture credit or source line ("Foto: Jo Bloggs/dpa", "(Credit: NASA)"). */
export function isCreditLine(text: string): boolean {
  const match = CREDIT_LABEL.exec(text);
  return match !== null && words(text.slice(match[0].length)).length <= MAX_CREDIT_WORDS;
}

/** True when `text` opens with one of the author's names and is short: the author's bio. */
function isBio(text: string, names: string[]): boolean {
  const lower = text.toLowerCase();
  return (
    names.some((n) => n.length > 2 && lower.startsWith(n.toLowerCase())) &&
    words(text).length <= MAX_BIO_WORDS
  );
}

/** The author names in a byline ("Jo Bloggs and Sam Doe, Reuters" → both names and "Reuters"). */
export function bylineNames(byline: string | null): string[] {
  if (!byline) return [];
  return byline
    .split(/,|;|\s+(?:and|und|et|y|e|und)\s+|&|\|/i)
    .map((n) => norm(n.replace(/^(?:by|von|par|por|di|door|av|af|de)\s+/i, '')))
    .filter((n) => n.length > 1);
}

/** Removes datelines, bylines and reading times at the ends of `root`, credit lines anywhere, and a closing bio. */
export function trimMetaLines(root: Element, byline: string | null): void {
  const names = bylineNames(byline);
  const blocks = textBlocks(root);
  const doomed = new Set<Element>();
  blocks.forEach((el, i) => {
    const text = norm(el.textContent ?? '');
    const atEdge = i < EDGE_BLOCKS || i >= blocks.length - EDGE_BLOCKS;
    if ((atEdge && isMetaLine(text, names)) || isCreditLine(text)) doomed.add(el);
  });
  const last = blocks.filter((el) => !doomed.has(el)).at(-1);
  if (last && isBio(norm(last.textContent ?? ''), names)) doomed.add(last);
  // Never the whole article: a page that is only a date and a name is left as it is.
  if (doomed.size >= blocks.length) return;
  for (const el of doomed) el.remove();
}
