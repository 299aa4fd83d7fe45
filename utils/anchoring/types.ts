/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors), the
 * JSON-serialisable description of a passage that survives page reloads and small edits.
 */

/** The quoted text with up to 32 characters of context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Character offsets into the root's normalised text content. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** An XPath to an element plus a character offset inside it. */
export interface XPathSelector {
  type: 'XPathSelector';
  value: string;
  /** Not in the W3C model's XPathSelector; refined by a TextPositionSelector in exports. */
  offset: number;
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
