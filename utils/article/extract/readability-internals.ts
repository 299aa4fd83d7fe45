/**
 * The private parts of Readability 0.6.0 (pinned) that Liseuse replaces on an instance: it has no hooks, so
 * bounding its time (run-readability.ts), adapting it to linkedom (readability-js-dom.ts) and correcting its
 * byline (byline-lines.ts, publisher-byline.ts) wrap its methods. They are typed here once, and listed, so a
 * test fails when another version renames or drops one (a wrapper set on a missing name would be ignored).
 */
import type { Readability } from '@mozilla/readability';

/** What Readability's metadata reader returns, as far as Liseuse reads it. */
export interface ReadabilityMetadata {
  byline?: string;
  siteName?: string;
}

/** The private methods Liseuse wraps or replaces. */
export interface ReadabilityMethods {
  _getNextNode: (node: unknown, ignoreSelfAndKids?: boolean) => unknown;
  _getInnerText: (node: unknown, normalizeSpaces?: boolean) => unknown;
  _getAllNodesWithTag: (node: Document | Element, tags: string[]) => ArrayLike<Element>;
  _isProbablyVisible: (node: Element) => boolean;
  _fixRelativeUris: (content: Element) => void;
  _isElementWithoutContent: (node: Node) => boolean;
  _isValidByline: (node: Element, matchString: string) => boolean;
  _hasChildBlockElement: (element: Element) => boolean;
  _cleanConditionally: (e: Element, tag: string) => void;
  _getArticleMetadata: (jsonld: unknown) => ReadabilityMetadata;
}

/** A Readability instance as Liseuse reaches into it. */
export interface ReadabilityInternals extends ReadabilityMethods {
  REGEXPS: { byline: RegExp };
  /** The tag names (upper case) that keep a `<div>` from becoming a paragraph. */
  DIV_TO_P_ELEMS: Set<string>;
  /** Read by the install-time patch of Readability (see library-patches.ts): set, a retry throws it. */
  _retryOnFreshCopy?: Error;
}

// Every method of the interface, once: the type makes a missing or unknown name an error.
const METHODS: Record<keyof ReadabilityMethods, true> = {
  _getNextNode: true,
  _getInnerText: true,
  _getAllNodesWithTag: true,
  _isProbablyVisible: true,
  _fixRelativeUris: true,
  _isElementWithoutContent: true,
  _isValidByline: true,
  _hasChildBlockElement: true,
  _cleanConditionally: true,
  _getArticleMetadata: true,
};

/** The names of the private methods Liseuse wraps (for the test that they still exist). */
export const READABILITY_METHODS = Object.keys(METHODS) as (keyof ReadabilityMethods)[];

/** `reader`'s private parts, typed. */
export function internalsOf<T>(reader: Readability<T>): ReadabilityInternals {
  return reader as unknown as ReadabilityInternals;
}
