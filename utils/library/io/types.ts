/**
 * Shapes shared by Liseuse's importers and exporters. Parsers are pure: bytes or text in,
 * these records and per-row errors out. Writing them to the library is a thin edge (`run-import.ts`).
 */
import type { Selector } from '@/utils/shared/selectors';

/** Every format the import panel recognises. */
export type ImportFormat =
  | 'pocket-zip'
  | 'pocket-csv'
  | 'pocket-html'
  | 'pocket-annotations'
  | 'instapaper-csv'
  | 'omnivore-zip'
  | 'liseuse-json'
  | 'w3c-annotations'
  | 'readwise-csv';

/** Where an imported record came from, for error messages: a file of the archive and a 1-based line. */
export interface SourceLocation {
  file: string;
  /** 1-based line; for JSON arrays, the 1-based index of the item (then `unit` is 'item'). */
  line: number;
  unit?: 'item';
}

/** A malformed or rejected row; the rest of the file still imports. */
export interface RowError extends SourceLocation {
  message: string;
}

/** An article read from another service's export, before it is stored. */
export interface ImportedArticle {
  url: string;
  title: string;
  /** When the reader saved it, epoch ms. */
  savedAt: number;
  updatedAt: number | null;
  publishedTime: string | null;
  byline: string | null;
  excerpt: string | null;
  status: 'unread' | 'archived';
  favourite: boolean;
  tags: string[];
  /** Sanitised HTML, or null when the export had no content. */
  html: string | null;
  text: string | null;
  /** True when the export held only a link: kept as a link, nothing is fetched unless the reader asks. */
  contentMissing: boolean;
  /** 0..1 reading progress when the source knows it. */
  progress: number | null;
  from: SourceLocation;
}

/** A highlight or note read from an export, anchored later by its selectors (at least a quote). */
export interface ImportedAnnotation {
  /** The id the source gave (Liseuse's own W3C export), kept so re-importing updates instead of duplicating. */
  id?: string;
  /** The annotated page's URL (the W3C target source). */
  url: string;
  /** Page title when the source gives one (Readwise, Pocket), so a link-only article can be created. */
  title: string | null;
  selectors: Selector[];
  note: string | null;
  tags: string[];
  color: string | null;
  created: number;
  /** When the highlight or note last changed; null when the file does not say (it then only adds). */
  modified: number | null;
  from: SourceLocation;
}

/** What a parser returns: records ready to store and the rows it could not read. */
export interface ParsedImport {
  format: ImportFormat;
  articles: ImportedArticle[];
  annotations: ImportedAnnotation[];
  errors: RowError[];
}

/** An empty result for `format`, filled by the parsers. */
export function emptyImport(format: ImportFormat): ParsedImport {
  return { format, articles: [], annotations: [], errors: [] };
}
