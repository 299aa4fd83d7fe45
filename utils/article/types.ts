import type { Failure, Result } from '@/utils/shared/result';

/** Kinds of named entity Liseuse recognises. `other` when the kind is unknown. */
export type EntityType = 'person' | 'organization' | 'place' | 'product' | 'group' | 'other';

/** A named entity of an article, variants merged ("Outlook Web Access (OWA)" and "OWA" are one). */
export interface Entity {
  /** Canonical form shown to the reader (the longest well-formed variant). */
  text: string;
  type: EntityType;
  /** Mentions in the text, all variants together. */
  count: number;
  /** Other surface forms merged into this entity (e.g. an acronym). */
  variants: string[];
  /** Salience, higher first; only comparable within one article. */
  score: number;
}

/** A story related to the article: from the page's own links, or from the reader's library. */
export interface RelatedStory {
  title: string;
  url: string;
  score: number;
  source: 'page' | 'library';
  /** For library stories: the saved article's id. */
  articleId?: string;
}

/** Article metadata from JSON-LD, OpenGraph, meta tags and the document itself. */
export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  leadImage: string | null;
  excerpt: string | null;
}

/** Why an analysis failed, or why a page is not treated as an article. */
export type AnalysisErrorCode =
  | 'not-article'
  | 'restricted-page'
  | 'not-html'
  | 'still-loading'
  | 'too-large'
  | 'timeout'
  | 'parse-error'
  | 'unreadable-file'
  | 'injection-failed'
  | 'internal';

export type AnalysisError = Failure<AnalysisErrorCode>;

/** Everything the popup, the library and the CLI know about one article. JSON-serialisable. */
export interface ArticleAnalysis {
  url: string;
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string;
  publishedTime: string | null;
  excerpt: string | null;
  leadImage: string | null;
  /** Article HTML rebuilt from the sanitiser's allowlist, image URLs absolute (the library sanitises it again). */
  html: string;
  text: string;
  wordCount: number;
  /** Absolute URLs of the article's images, in document order. */
  images: string[];
  readingTimeMinutes: number;
  entities: Entity[];
  related: RelatedStory[];
  /** False when the page does not look like an article; the rest is then best effort. */
  isArticle: boolean;
  /**
   * What the reader should know about this best-effort analysis, by code: `not-article` (with the reason),
   * `still-loading`, `too-large` (input cut), `timeout` (simpler extraction used). Absent or empty when none.
   */
  warnings?: AnalysisError[];
}

/** An analysis, or why there is none. */
export type AnalysisResult = Result<ArticleAnalysis, AnalysisError>;
