/**
 * How the highlighter reaches stored annotations: typed messages to the background, which owns the
 * database. A content script names no URL (the background uses its tab's); extension pages do.
 */
import type { AnnotationChanges, WebAnnotation } from '@/utils/highlights/model';
import { type Reply, sendMessage } from '@/utils/messaging';

/** Storage operations the highlighter needs; every reply may be an error. */
export interface AnnotationStore {
  list(): Promise<Reply<{ annotations: WebAnnotation[]; siteAccess: boolean }>>;
  create(a: WebAnnotation): Promise<Reply<{ annotation: WebAnnotation; siteAccess: boolean }>>;
  update(id: string, changes: AnnotationChanges): Promise<Reply<{ annotation: WebAnnotation }>>;
  remove(id: string): Promise<Reply<{ deleted: boolean }>>;
  /** Asks the reader, in an extension window, to let highlights be restored on this site (live pages). */
  requestSiteAccess?(): Promise<unknown>;
}

/** The page's `<link rel=canonical>`, which the background trusts only on the page's own site. */
export function canonicalOf(doc: Document): string | null {
  const link = doc.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]');
  return link?.href || null;
}

/** Store for a content script: always its own tab's page. */
export function pageStore(doc: Document): AnnotationStore {
  const canonical = () => canonicalOf(doc);
  return {
    list: () => sendMessage('annotations/list', { canonical: canonical() }),
    create: (annotation) => sendMessage('annotations/create', { annotation, canonical: canonical() }),
    update: (id, changes) => sendMessage('annotations/update', { id, changes, canonical: canonical() }),
    remove: (id) => sendMessage('annotations/delete', { id, canonical: canonical() }),
    requestSiteAccess: () => sendMessage('highlighter/request-site-access', {}),
  };
}

/** Store for an extension page showing `url` (the library's reader view). */
export function urlStore(url: string): AnnotationStore {
  return {
    list: () => sendMessage('annotations/list', { url }),
    create: (annotation) => sendMessage('annotations/create', { annotation }),
    update: (id, changes) => sendMessage('annotations/update', { id, changes }),
    remove: (id) => sendMessage('annotations/delete', { id }),
  };
}
