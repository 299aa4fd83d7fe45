/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors), the
 * JSON-serialisable description of a passage that survives page reloads and small edits.
 */

/** The quoted text with up to 32 characters of context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
  /** Liseuse's extension (JSON-LD prefix `liseuse:`); other tools ignore it. */
  'liseuse:fingerprint'?: QuoteFingerprint;
}

/**
 * Evidence beyond the 32-character context, for quotes the context cannot place on its own
 * (see utils/highlights/anchoring/fingerprint).
 */
export interface QuoteFingerprint {
  /** Hash (8 hex digits) of the letters and digits of the passage's block. */
  block: string;
  /** Same for the whole block element around it (several blocks when split by <br> or nesting). */
  element?: string;
  /** Places on the page indistinguishable by quote, context and block when described (≥ 1). */
  twins: number;
  /** Which of those places, in text order, is the passage (0-based). */
  ordinal: number;
  /** Places with the same quote and context, whatever their block (≥ twins). */
  alike: number;
  /** Which of those places, in text order, is the passage (0-based). */
  alikeOrdinal: number;
  /** Other places approximate matching would accept for the quote (near-copies) when described. */
  near: number;
  /**
   * Hashes of the blocks around the passage, recorded only when its quote and context occur more
   * than once on the page (see utils/highlights/anchoring/neighbours).
   */
  neighbours?: Neighbours;
}

/** Block hashes (as QuoteFingerprint.block) of up to four blocks on each side, nearest first. */
export interface Neighbours {
  before: string[];
  after: string[];
}

/** Character offsets [start, end) into the root's normalised text (see utils/highlights/anchoring/normalize). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * An XPath (relative to the annotated root, e.g. `/div[1]/p[3]`) selecting an element. As a
 * RangeSelector endpoint it is refined by a zero-length TextPositionSelector (start = end)
 * giving the character offset inside that element's text, which is how the W3C model
 * expresses a point.
 */
export interface XPathSelector {
  type: 'XPathSelector';
  value: string;
  refinedBy?: TextPositionSelector;
}

/** Start and end points given by XPath selectors (the W3C RangeSelector). */
export interface RangeSelector {
  type: 'RangeSelector';
  startSelector: XPathSelector;
  endSelector: XPathSelector;
}

export type Selector = TextQuoteSelector | TextPositionSelector | RangeSelector;

/** Where an annotation points: a normalised page URL and its selectors. */
export interface AnnotationTarget {
  source: string;
  selector: Selector[];
}
