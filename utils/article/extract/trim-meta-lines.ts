/**
 * Removes the lines around an article that describe it rather than tell it, which Readability keeps when
 * they sit inside the article's container: a dateline or byline at the top ("By Jo Bloggs · 18 Nov 2019,
 * 4:10pm", "Updated: Sat 8:31 PM"), a reading time, photo credits ("Foto: dpa"), and an author's bio at
 * the end ("Jo Bloggs is a reporter for..."). Only short lines go, and datelines only at either end.
 */

import { bylineNames } from '@/utils/article/extract/byline-names';
import { isCountLine } from '@/utils/article/extract/count-line';
import {
  AGENCY_CREDIT,
  COMMENT_PROMPT,
  CREDIT_MENTION,
  CTA,
  isMetaWord,
  REPORTING_CREDIT,
  stripDates,
} from '@/utils/article/extract/meta-words';
import { isNavigationLine, isReaderPrompt } from '@/utils/article/extract/reader-prompts';
import { signsWithOffice } from '@/utils/article/extract/signer-office';
import { slashedCreditStart } from '@/utils/article/extract/slashed-credit';
import { textBlocks } from '@/utils/article/extract/text-blocks';
import { moreWordsThan } from '@/utils/article/extract/word-limit';
import { charClass } from '@/utils/shared/char-class';
import { collapseSpaces } from '@/utils/shared/fold';

/** How many text blocks at each end of the article are looked at for datelines and bylines. */
const EDGE_BLOCKS = 4;
/** A dateline or byline is at most this many words. */
const MAX_META_WORDS = 16;
/** An author's bio is at most this many words. */
const MAX_BIO_WORDS = 70;
/** A credit line is at most this many words after its label. */
const MAX_CREDIT_WORDS = 10;
/** A label that opens a picture credit or a source line, in the languages of the web's news. */
const CREDIT_LABEL =
  /^\s*[([]?\s*(?:photos?|fotos?|фото|image|images|bild|bilder|credits?|crédits?|crédito|créditos|source|sources|quelle|quellen|fuente|fuentes|fonte|fontes|źródło|źródła|zdroj|источник|bron|kilde|källa|lähde|forrás|titelbild|picture|pictures|illustration|zdjęcie|fot\.)\s*[:©|/]/i;

const words = (s: string): string[] => s.split(/[\s|·•,;–—]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
/** The separators `words` splits on: a word for `moreWordsThan` is a run of other characters. */
const isWordSeparator = charClass(/^[\s|·•,;–—]$/);

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

/** A line that only labels an ad slot ("Advertisement", "- Anzeige -", "Publicité"). */
const AD_LABEL =
  /^[\s\-–—|]*(?:advert|advertisement|advertising|sponsored|anzeige|werbung|publicité|publicidad|pubblicità|reklama|annonce|advertentie)[\s\-–—|:]*$/i;

/** A figure's numbered label opens its caption ("Abbildung 4: ...", "Fig. 2 –", "Table 1."). */
const FIGURE_LABEL =
  /^\s*(?:abbildung|abb\.|figure|fig\.|grafik|graphic|chart|diagramm|schaubild|tabelle|table|tableau|tabla|illustration|image|bild|photo|foto)\s*\d+\s*[:.–—-]/i;

/** A caption with its credit ("A crowd in Hong Kong. (AP Photo/Jo Bloggs)") is at most this many words. */
const MAX_CAPTION_WORDS = 45;
/** A closing call to action or contributors' line is at most this many words. */
const MAX_END_MATTER_WORDS = 45;

/**
 * True when `text` is a picture credit or source line ("Foto: Jo Bloggs/dpa", "(Credit: NASA)"), or a
 * caption written as a paragraph that names its agency ("...a Home Depot in Hialeah. (AP Photo/Jo Bloggs)").
 */
export function isCreditLine(text: string): boolean {
  // Each kind is at most this long (an ad label is a word, a labelled credit a word more than its credit):
  // the paragraphs of the story, asked too, stop here.
  if (moreWordsThan(text, MAX_CAPTION_WORDS, isWordSeparator)) return false;
  if (AD_LABEL.test(text) || FIGURE_LABEL.test(text)) return true;
  const match = CREDIT_LABEL.exec(text);
  if (match !== null && words(text.slice(match[0].length)).length <= MAX_CREDIT_WORDS) return true;
  return CREDIT_MENTION.test(text) || slashedCreditStart(text, 'sentence') >= 0;
}

/** A prompt to comment is at most this many words: an author's closing paragraph may end with one. */
const MAX_COMMENT_PROMPT_WORDS = 35;

/**
 * True when `text` asks the reader to subscribe, follow, share or comment, or lists the article's contributors
 * or agencies.
 */
function isEndMatter(text: string): boolean {
  const count = words(text).length;
  if (count <= MAX_COMMENT_PROMPT_WORDS && COMMENT_PROMPT.test(text)) return true;
  return (
    count <= MAX_END_MATTER_WORDS &&
    (CTA.test(text) || REPORTING_CREDIT.test(text) || AGENCY_CREDIT.test(text))
  );
}

/** A breadcrumb trail is at most this many words. */
const MAX_BREADCRUMB_WORDS = 15;

/** True when `text` is a breadcrumb trail ("Home » News » Region", "ZfK.de > Energie > Wärme"). */
export function isBreadcrumb(text: string): boolean {
  const parts = text.split(/\s*[»›>]\s*|\s+\/\s+/).filter((p) => p.trim() !== '');
  return (
    parts.length >= 3 &&
    words(text).length <= MAX_BREADCRUMB_WORDS &&
    parts.every((p) => words(p).length <= 4)
  );
}

/** A line that is only an address: above the text, the page's own link printed for sharing or printing. */
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;
/** The text starts at its first block of this many words. */
const MIN_PROSE_WORDS = 15;

/** True when `text` holds one of the author's names. */
const namesAuthor = (text: string, names: string[]): boolean =>
  names.some((n) => n.length > 2 && text.toLowerCase().includes(n.toLowerCase()));

/**
 * True when `text` opens with one of the author's names and is short: the author's bio. A guest's signature
 * with their office (« Claire Vidal (maire de Sainte-Anne) ») is the op-ed's: it stays.
 */
function isBio(text: string, names: string[]): boolean {
  const lower = text.toLowerCase();
  return (
    names.some((n) => n.length > 2 && lower.startsWith(n.toLowerCase()) && !signsWithOffice(text, n)) &&
    words(text).length <= MAX_BIO_WORDS
  );
}

/** True when `el` is a link line back to a listing or on to another story: linked, or opening with an arrow. */
function isNavigationLink(el: Element, text: string): boolean {
  if (!isNavigationLine(text)) return false;
  const linked = Array.from(el.getElementsByTagName('a')).reduce(
    (n, a) => n + collapseSpaces(a.textContent).length,
    0,
  );
  // A bare "zurück" or "Back": its script link may already be text (Readability unlinks "javascript:").
  const bare = text.split(' ').length <= 2;
  return bare || /^[«‹<←]/.test(text) || linked >= text.length / 2 || el.closest('a') !== null;
}

/**
 * Removes breadcrumbs and bare addresses at the top of `root`, datelines, bylines, reading times, counters and
 * navigation links at its ends, credit lines and the site's prompts to its reader anywhere, and a closing bio.
 */
export function trimMetaLines(root: Element, byline: string | null, lead: Element | null = null): void {
  const names = bylineNames(byline);
  const blocks = textBlocks(root);
  // Each block's text once: a DOM written in JavaScript builds it anew on every read.
  const texts = blocks.map((el) => collapseSpaces(el.textContent));
  const doomed = new Set<Element>();
  const firstProse = texts.findIndex((text) => moreWordsThan(text, MIN_PROSE_WORDS - 1, isWordSeparator));
  // A summary's points are no paragraph of the story: the byline may follow them.
  const firstParagraph = names.length
    ? texts.findIndex(
        (text, i) => moreWordsThan(text, MIN_PROSE_WORDS - 1, isWordSeparator) && !blocks[i]?.closest('li'),
      )
    : -1;
  blocks.forEach((el, i) => {
    const text = texts[i] as string;
    const atEdge = i < EDGE_BLOCKS || i >= blocks.length - EDGE_BLOCKS;
    const atTop = i < EDGE_BLOCKS;
    if (atTop && isBreadcrumb(text)) doomed.add(el);
    if (atTop && i < firstProse && BARE_URL.test(text)) doomed.add(el);
    // The standfirst found from the headline and description may end by inviting the reader to follow the
    // story ("Follow the latest updates here."): it is the story's lead, not end matter. Asked at the edges only.
    const endMatter = atEdge && isEndMatter(text) && !(lead && (el === lead || lead.contains(el)));
    if (atEdge && (isMetaLine(text, names) || isCountLine(text) || endMatter || isNavigationLink(el, text)))
      doomed.add(el);
    // The byline line under a live blog's headline and its summary points: above the prose, it names the author.
    if (!atEdge && i < firstParagraph && namesAuthor(text, names) && isMetaLine(text, names)) doomed.add(el);
    if (isCreditLine(text) || isReaderPrompt(text)) doomed.add(el);
  });
  const last = blocks.findLastIndex((el) => !doomed.has(el));
  if (last >= 0 && isBio(texts[last] as string, names)) doomed.add(blocks[last] as Element);
  // Never the whole article: a page that is only a date and a name is left as it is.
  if (doomed.size >= blocks.length) return;
  for (const el of doomed) el.remove();
}
