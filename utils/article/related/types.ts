import type { Entity } from '@/utils/article/types';

/**
 * Kind of page block a story link was found in; drives the ranking prior. "suggested": a block of things the
 * reader may like ("Recommended", "Te puede interesar"), an editor's picks but not always on the subject.
 */
export type LinkBlock = 'related' | 'suggested' | 'latest' | 'tag' | 'inline' | 'other';

/** A same-site story link found on the full page, before Readability strips it. JSON-serialisable. */
export interface LinkCandidate {
  /** Absolute URL, fragment removed. */
  url: string;
  /** Best title found for the link (heading, link text, `title` attribute or image alt). */
  title: string;
  block: LinkBlock;
  /** The block instance (the container that gave the kind), numbered in page order; -1 when none did. */
  group: number;
  /** The kicker or overline over the headline ("Coronavirus in Deutschland"), kept for its topic words. */
  kicker?: string;
  /** Teaser text shown with the link in its list item (not for inline links), may be empty. */
  snippet: string;
  /** True when the item's category label or link matches the page's own section. */
  sameSection: boolean;
  /** True for an editor's pointer in the text with its cue (« Lire aussi : <a>…</a> »), absent otherwise. */
  cued?: boolean;
  /** Order of first appearance among the candidates (0-based). */
  position: number;
}

/** What the rankers need to know about the current article. */
export interface RankableArticle {
  url: string;
  title: string;
  text: string;
  lang: string;
  entities: Entity[];
}

/** A saved article considered for "related from the library". */
export interface LibraryCandidate {
  id: string;
  url: string;
  title: string;
  /** Entity texts (and variants) of the saved article. */
  entities: string[];
  /** Keywords stored with the article, from `keywordsOf`. */
  keywords: string[];
}
