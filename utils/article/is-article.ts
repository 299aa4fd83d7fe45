/**
 * Is this page an article? Readability finds "content" on almost any page, so the verdict weighs what the
 * page is (its address, its declared type, a shop's basket, a list of linked headlines) before how much
 * it says: a 60-word news item that declares itself an article is one, a home page with 500 words of
 * teasers is not. Returns the reason when the answer is no.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { type ElementIndex, indexOf } from '@/utils/article/element-index';
import type { ExtractedArticle } from '@/utils/article/extract/extract-article';
import type { PageMetadata } from '@/utils/article/extract/metadata';
import { isForumThread } from '@/utils/article/forum-thread';
import {
  declaredNonArticleType,
  linkedHeadlines,
  linkedLines,
  linksHome,
  sellsSomething,
  type UrlKind,
  urlKind,
} from '@/utils/article/page-kind';
import { hasReadingWall } from '@/utils/article/reading-wall';
import { collapseSpaces } from '@/utils/shared/fold';

/** Fewer words than this, a page that does not declare itself an article is a teaser or a stub. */
const MIN_ARTICLE_WORDS = 120;
/** A page declaring itself an article needs this much text: a short news item is an article. */
const MIN_DECLARED_WORDS = 25;
/** An undeclared page this short is an article when its text reads as prose (see `isProse`). */
const MIN_PROSE_WORDS = 40;
/**
 * A page whose extracted text holds this many of its own linked headlines is a list of stories (a home
 * page, a section front, search results): an article's text does not repeat its sidebar's headlines.
 */
const LISTING_HEADLINES = 3;
/**
 * Cards built without headings: this many lines of the extracted text that are each a whole linked
 * headline, and this share of its lines, make a list of stories (an article links inside its sentences).
 */
const LISTING_LINES = 4;
const LISTING_LINE_SHARE = 0.25;
/** Below this many words, a page that prints a reading wall's line shows the wall, not the story. */
const WALL_WORDS = 150;
/** `og:type` values (or prefixes) that declare something other than an article. */
const NON_ARTICLE_OG_TYPE = /^(?:product|profile|book|place|business|restaurant|music\.|video\.|payment)/i;

/** Verdict on one page; `reason` says why it is not an article. */
export interface ArticleVerdict {
  isArticle: boolean;
  reason: string | null;
}

/** What the verdict needs from the ORIGINAL page, read before Readability rewrites it. */
export interface PageSignals {
  /** Readability's own readerability test (only run when the page does not declare an article). */
  readerable: boolean;
  urlKind: UrlKind;
  /** A schema.org type of a listing, profile or product the page declares, if any. */
  nonArticleType: string | null;
  sellsSomething: boolean;
  /** Texts of the page's linked headlines (story cards), outside navigation. */
  linkedHeadlines: string[];
  /** The page's links that read as headlines, whatever their markup: text → `href`. */
  linkedLines: Map<string, string>;
  /** The page's address, which the links above are read against. */
  url: string;
  /** The page holds several members' signed posts. */
  forumThread: boolean;
  /** The page prints a paywall's or sign-in wall's line. */
  readingWall: boolean;
}

/** Reads the signals from the page at `url` before extraction. */
export function pageSignals(
  doc: Document,
  metadata: PageMetadata,
  url = '',
  elements?: ElementIndex,
): PageSignals {
  const index = indexOf(doc, elements);
  // The page's whole text, read once for the signals that look for words anywhere in it.
  const text = doc.body?.textContent ?? '';
  // A password field is no sign either way: news pages carry sign-in boxes, sign-in pages have no prose.
  return {
    readerable: metadata.declaresArticle || isProbablyReaderable(doc),
    urlKind: urlKind(url),
    nonArticleType: declaredNonArticleType(doc, index),
    sellsSomething: sellsSomething(doc, index, text),
    linkedHeadlines: linkedHeadlines(doc, undefined, index),
    linkedLines: linkedLines(doc, index),
    url,
    forumThread: isForumThread(text),
    readingWall: hasReadingWall(doc, index.all, text),
  };
}

const URL_REASONS: Record<NonNullable<UrlKind>, string> = {
  home: "the page is a site's home page",
  search: 'the page lists search results',
  legal: 'the page is about the site (legal notice, contact, about)',
  listing: 'the page lists the stories of a category, tag, author or date',
};

// One sentence of a news report: a capital, eight words or more, a full stop (a closing quote may follow).
const SENTENCE_PARAGRAPH = /^[\p{Lu}\p{N}«“"‘'].*[.!?…][»”"’')]?$/su;
/** News wires write one sentence per paragraph: this many such paragraphs read as prose. */
const SENTENCE_PARAGRAPHS = 3;

/**
 * True when `text` reads as prose, not a list of labels: a paragraph of two sentences or more, or several
 * paragraphs that are each a whole sentence, as wire copy is written.
 */
export function isProse(text: string): boolean {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim());
  if (paragraphs.some((p) => p.length >= 150 && (p.match(/[.!?…](?:\s|$)/g)?.length ?? 0) >= 2)) return true;
  const sentences = paragraphs.filter((p) => SENTENCE_PARAGRAPH.test(p) && p.split(/\s+/).length >= 8);
  return sentences.length >= SENTENCE_PARAGRAPHS;
}

/** Verdict on plain text given as an article (no page around it): enough words, or a short piece of prose. */
export function judgeText(text: string, wordCount: number): ArticleVerdict {
  if (wordCount >= MIN_ARTICLE_WORDS || (wordCount >= MIN_PROSE_WORDS && isProse(text))) {
    return { isArticle: true, reason: null };
  }
  return { isArticle: false, reason: `too little text (${wordCount} words)` };
}

/** The reason a page that says what it is, and is not an article, is not one; null otherwise. */
function kindReason(signals: PageSignals, metadata: PageMetadata): string | null {
  const { declaredType, declaresArticle } = metadata;
  if (signals.urlKind) return URL_REASONS[signals.urlKind];
  if (declaredType && !declaresArticle && NON_ARTICLE_OG_TYPE.test(declaredType)) {
    return `the page describes itself as "${declaredType}"`;
  }
  if (signals.sellsSomething) return 'the page sells a product';
  if (signals.forumThread) return 'the page is a forum thread';
  if (signals.nonArticleType && !declaresArticle)
    return `the page describes itself as "${signals.nonArticleType}"`;
  return null;
}

/**
 * How many lines of `text` are each a whole linked headline to the page's own site, when they are a fair
 * share of its lines.
 */
function listedLines(signals: PageSignals, text: string): number {
  const linked = signals.linkedLines;
  if (linked.size === 0) return 0;
  const lines = text.split('\n').map(collapseSpaces).filter(Boolean);
  const count = lines.filter((l) => {
    const href = linked.get(l);
    return href !== undefined && linksHome(href, signals.url);
  }).length;
  return count >= LISTING_LINE_SHARE * lines.length ? count : 0;
}

/** Judges a page from its signals, its extraction and the extracted text's word count. */
export function judgeArticle(
  signals: PageSignals,
  extracted: ExtractedArticle,
  wordCount: number,
): ArticleVerdict {
  const no = (reason: string): ArticleVerdict => ({ isArticle: false, reason });
  if (extracted.degraded === 'no-content' && wordCount === 0) return no('no article content was found');
  const kind = kindReason(signals, extracted.metadata);
  if (kind) return no(kind);
  const declared = extracted.metadata.declaresArticle;
  const listed = signals.linkedHeadlines.filter((h) => extracted.text.includes(h)).length;
  if (listed >= LISTING_HEADLINES && !declared) return no(`the page lists ${listed} stories`);
  const lines = listedLines(signals, extracted.text);
  if (lines >= LISTING_LINES && !declared) return no(`the page lists ${lines} stories`);
  if (signals.readingWall && wordCount < WALL_WORDS) return no('the story is behind a reading wall');
  if (declared) {
    return wordCount >= MIN_DECLARED_WORDS
      ? { isArticle: true, reason: null }
      : no(`too little text (${wordCount} words)`);
  }
  if (wordCount < MIN_PROSE_WORDS || (wordCount < MIN_ARTICLE_WORDS && !isProse(extracted.text))) {
    return no(`too little text (${wordCount} words)`);
  }
  if (wordCount >= MIN_ARTICLE_WORDS && !signals.readerable && !isProse(extracted.text)) {
    return no('no substantial block of article text');
  }
  return { isArticle: true, reason: null };
}
