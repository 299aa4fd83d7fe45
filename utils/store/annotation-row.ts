import type { AnnotationTarget } from '@/utils/shared/selectors';

/**
 * A W3C Web Annotation (highlight and/or note) as the library database stores it. Lives outside
 * utils/store so content-script code can share the shape without importing the database module.
 */
export interface AnnotationRow {
  id: string;
  /** Normalised page URL (utils/shared/normalize-url), indexed. */
  url: string;
  target: AnnotationTarget;
  /** Note text; empty for a plain highlight. */
  body: string;
  color: string;
  tags: string[];
  created: number;
  modified: number;
  /** The saved article this annotation belongs to, when the page is in the library. */
  articleId?: string;
  /** Set on the other version of a note edited on two devices at once (sync keeps both): the note it came from. */
  conflictOf?: string;
}
