import { isKicker } from '@/utils/article/kicker';
import { collapseSpaces, foldWords } from '@/utils/shared/fold';
import { attributeWords } from './block-cues';
import { closestWhere, descendants, firstHeading, isHeading } from './dom-walk';
import { cleanTitle } from './title-clean';
import { betterTitle, isNameLabel, type SourcedTitle, titleVerdict } from './title-rules';

// Parts of a card that are not its headline: dates, bylines, counters, kickers, teasers, "read now" buttons.
const META_CLASS =
  /\b(date|dates|time|timestamp|datetime|published|updated|byline|bylines|author|authors|writer|meta|metadata|count|counter|comments?|views|slug|label|labels|category|categories|rubrique|section|flag|badge|rank|ranking|num|number|duration|excerpt|summary|dek|deck|desc|description|teaser|blurb|intro|abstract|lede|subhead|subtitle|chapo|standfirst|bajada|sumario|entradilla|anriss|vorspann|more|readmore|source|credit|caption|sponsor|tag|tags|icon|offscreen|off screen|sr only|visually hidden|screen reader)\b/;
// The element of a card that holds the headline.
const TITLE_CLASS = /\b(title|titles|headline|headlines|heading|hed|titre|titulo|titel)\b/;
// A card's text longer than this is a headline with its teaser: take its first block instead.
const TEASER_WORDS = 25;
const BLOCK_TAGS = /^(DIV|P|SPAN|H[1-6]|LI|STRONG|B|EM)$/;
// Elements that do not break a line: no space is added around them ("Michi no eki<em>:</em> Japan").
const INLINE_TAGS = /^(A|SPAN|EM|STRONG|B|I|U|SMALL|MARK|ABBR|CITE|Q|SUB|SUP|FONT)$/;

const classWords = (el: Element): string =>
  attributeWords(`${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`);
const isTitlePart = (el: Element): boolean => isHeading(el) || TITLE_CLASS.test(classWords(el));
function isMetaPart(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'TIME' || tag === 'IMG' || tag === 'SVG') return true;
  if (!isTitlePart(el) && (META_CLASS.test(classWords(el)) || isKicker(el))) return true;
  // The element's text is built anew on every read (a walk of its nodes on linkedom): read once.
  const text = el.textContent ?? '';
  return /^[\s#(]*\d[\d\s.,:/)-]*$/.test(text) || !text.trim();
}

/** Text of an element without its meta parts (dates, bylines, counters...), a space between elements. */
export function headlineText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1 && (node === root || !isMetaPart(node as Element)))
      // Sibling links rather than `childNodes`, which linkedom builds as a new list on every read.
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (node.nodeType === 1 && !INLINE_TAGS.test((node as Element).tagName)) parts.push(' ');
  };
  walk(root);
  const text = collapseSpaces(parts.join(''));
  return text || collapseSpaces(root.textContent);
}

/** A card that wraps headline and teaser in one link: the first block with a few words. */
function firstBlock(anchor: Element): string | null {
  for (const el of descendants(anchor)) {
    if (!BLOCK_TAGS.test(el.tagName) || isMetaPart(el)) continue;
    const text = headlineText(el);
    if (text.split(' ').length >= 3 && text.split(' ').length <= TEASER_WORDS) return text;
  }
  return null;
}

/** A text cleaned as a title, with its verdict: read once, it may serve as a title and as a short one. */
interface CleanTitle {
  text: string;
  verdict: ReturnType<typeof titleVerdict>;
}

function cleaned(text: string | null | undefined): CleanTitle {
  const clean = cleanTitle(collapseSpaces(text));
  return { text: clean, verdict: titleVerdict(clean) };
}

/** The cleaned text as a title, when it can stand as one. */
const asTitle = (title: CleanTitle, source: SourcedTitle['source']): SourcedTitle | null =>
  title.verdict === 'real' ? { text: title.text, source } : null;

/** A title of two short words ("Zbłąkane obrazy"), kept aside: a title only if another part of the card says it. */
const asShort = (title: CleanTitle, source: SourcedTitle['source']): SourcedTitle | null =>
  title.verdict === 'short' ? { text: title.text, source } : null;

const sourced = (text: string | null | undefined, source: SourcedTitle['source']): SourcedTitle | null =>
  asTitle(cleaned(text), source);

/** The headline element of a link: a heading or "title" part inside it, or a heading that is no more than it. */
function headlinePart(anchor: Element): Element | null {
  // A kicker or label set as a heading ("<h3 class=kicker>THE FOOD CHAIN</h3>") comes before the headline.
  const parts = descendants(anchor).filter(isTitlePart);
  const inside = parts.find((el) => !META_CLASS.test(classWords(el)) && !isKicker(el)) ?? parts[0];
  // A "title" box holding a kicker and the heading (« <div class=title><strong>Gaz</strong><h4>…</h4> »):
  // the heading is the headline.
  const heading =
    inside && !isHeading(inside) ? parts.find((el) => isHeading(el) && inside.contains(el)) : null;
  if (heading) return heading;
  if (inside) return inside;
  const around = closestWhere(anchor.parentElement, isHeading);
  // A heading that also holds a label ("More from this stream <a>…</a>") says less than the link itself.
  const anchorLength = collapseSpaces(anchor.textContent).length;
  return around && anchorLength >= 0.8 * collapseSpaces(around.textContent).length ? around : null;
}

/**
 * The text of the link's own headline: its headline part's text `partText`, else its `text` (the first block
 * when it carries a teaser). Both are read once by the caller (`headlineText` of `headlinePart` and of the link).
 */
function ownText(anchor: Element, partText: string | null, text: string): string {
  if (partText !== null) return partText;
  const long = text.split(' ').length > TEASER_WORDS;
  return long ? (firstBlock(anchor) ?? text) : text;
}

/**
 * A link written as a name ("Ann Cotten") leads to that person's or topic's page: a `title` that does not repeat
 * the name describes the page ("Informationen über den Autor"), it is no headline.
 */
function describesTarget(text: string, attribute: string | null): boolean {
  return !!attribute && isNameLabel(text) && !foldWords(attribute).includes(foldWords(text));
}

// The text after a phrase that goes on as a sentence: its comma, or the stop that closes it.
const SENTENCE_GOES_ON = /^[.,;:!?…](?:\s|$)/u;

/**
 * Whether the link's words run on into a sentence around it ("<a title=…>Another blog wrote about it</a>.", a
 * list of updates): they are a phrase of the text, as an inline link's are, not the linked story's headline.
 */
function runsOn(anchor: Element): boolean {
  let node: Element = anchor;
  // The link's last word may close inline elements around it ("<span><a>…</a></span>.").
  while (!node.nextSibling && node.parentElement && INLINE_TAGS.test(node.parentElement.tagName))
    node = node.parentElement;
  const next = node.nextSibling;
  return next?.nodeType === 3 && SENTENCE_GOES_ON.test(next.nodeValue ?? '');
}

const sameWords = (a: SourcedTitle, b: SourcedTitle): boolean => foldWords(a.text) === foldWords(b.text);

/** A link's best title, the titles the link itself says (its text, `title`, image alt) and its kicker. */
export interface LinkTitles {
  best: SourcedTitle | null;
  options: SourcedTitle[];
  /** The kicker or overline shown over the headline, left out of the title; empty when none. */
  kicker: string;
  /** Titles of two short words the link says (its text, alt), too short to stand alone. */
  short: SourcedTitle[];
}

/** The link's kicker: topic words that are no part of the headline, but say what the story is about. */
function kickerOf(anchor: Element): string {
  const kicker = descendants(anchor).find((el) => !isTitlePart(el) && isKicker(el));
  return kicker ? collapseSpaces(kicker.textContent) : '';
}

/**
 * The real headlines a link offers and the best of them: its headline part or text, its `title`/aria-label,
 * its card's heading, an image alt. `inline` links sit in running text, and so do links whose words run on into
 * a sentence: their words are a phrase of the sentence, not a title; their `title` may be the headline.
 */
export function linkTitles(anchor: Element, item: Element | null, inline = false): LinkTitles {
  // Each read once: the link's text and headline part serve several of the titles below.
  const text = headlineText(anchor);
  const part = headlinePart(anchor);
  const partText = part ? headlineText(part) : null;
  const ownSource = part ? 'heading' : 'text';
  const ownRaw = ownText(anchor, partText, text);
  const ownClean = cleaned(ownRaw);
  const own = asTitle(ownClean, ownSource);
  const label = anchor.getAttribute('title') ?? anchor.getAttribute('aria-label');
  const attribute = describesTarget(text, label) ? null : sourced(label, 'attr');
  if (inline || (attribute && own && runsOn(anchor) && !sameWords(own, attribute)))
    return { best: attribute, options: attribute ? [attribute] : [], kicker: '', short: [] };
  // The card's heading counts only when it is apart from the link (an image link beside its headline).
  const cardHeading = item && item !== anchor ? firstHeading(item) : null;
  const itemHeading = cardHeading && !cardHeading.contains(anchor) ? cardHeading : null;
  // Any element with an alt: pictures are also lazy-loading custom elements ("<lazy-image alt=…>").
  const altText = descendants(anchor)
    .find((el) => el.getAttribute('alt')?.trim())
    ?.getAttribute('alt');
  const altClean = cleaned(altText);
  const alt = asTitle(altClean, 'alt');
  const options = [own, attribute, itemHeading ? sourced(headlineText(itemHeading), 'heading') : null, alt];
  const top = options.reduce<SourcedTitle | null>((t, option) => betterTitle(t, option), null);
  // Only a link's own text gathers a card's other parts; a heading is the headline already.
  const within = top?.source === 'text' ? (headlineWithin(top, options) ?? top) : top;
  const best = within && (wholeOf(within, options) ?? within);
  // The card's heading is no witness of the link's headline: a list's heading ("Read next") is every card's.
  const said = [own, attribute, alt].filter((o): o is SourcedTitle => o !== null);
  // The short title is read from the same text as the link's own title, except past a teaser's first block.
  const shortRaw = partText ?? text;
  const shortClean = shortRaw === ownRaw ? ownClean : cleaned(shortRaw);
  const shortOnes = [asShort(shortClean, ownSource), asShort(altClean, 'alt')].filter(
    (o): o is SourcedTitle => o !== null,
  );
  return { best, options: said, kicker: kickerOf(anchor), short: shortOnes };
}

/** The best real headline for a link (see `linkTitles`). */
export function linkTitle(anchor: Element, item: Element | null, inline = false): SourcedTitle | null {
  return linkTitles(anchor, item, inline).best;
}

// A headline cut to fit a card: "Kitas schicken Kinder mit Schnupfen aus Angst vor...".
const CUT_END = /\s*(?:\.\.\.|…)$/u;

/** The whole headline a cut one stands for, when the link's `title` or alt gives it: the cut one's words and more. */
function wholeOf(best: SourcedTitle, options: Array<SourcedTitle | null>): SourcedTitle | null {
  if (!CUT_END.test(best.text)) return null;
  const start = foldWords(best.text.replace(CUT_END, ''));
  const whole = options.find(
    (o) => o && o !== best && !CUT_END.test(o.text) && foldWords(o.text).startsWith(start),
  );
  return whole ? { text: whole.text, source: best.source } : null;
}

// A card's text this many words longer than a title it contains holds more than the headline.
const EXTRA_WORDS = 3;

/**
 * The card's `title`, image alt or heading when the chosen text holds it with more words around: a kicker, a
 * date, a teaser, "more" ("Formula 1 Formula 1, Gasly bounces back … Teaser sentence. more").
 */
function headlineWithin(best: SourcedTitle, options: Array<SourcedTitle | null>): SourcedTitle | null {
  // Most links hold no other title: a plain substring test spares folding their text.
  const held = options.filter((o): o is SourcedTitle => !!o && o !== best && best.text.includes(o.text));
  if (held.length === 0) return null;
  const folded = ` ${foldWords(best.text)} `;
  const length = folded.trim().split(' ').length;
  return (
    held.find((option) => {
      const key = foldWords(option.text);
      return folded.includes(` ${key} `) && key.split(' ').length + EXTRA_WORDS <= length;
    }) ?? null
  );
}
