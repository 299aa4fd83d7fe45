/**
 * DOMPurify's second pass over HTML the allowlist rebuilt (sanitize.ts), where a real browser DOM exists (the
 * library page's import). A module of its own, so the popup, which shows no article HTML, never loads DOMPurify:
 * the library sanitises what it stores (utils/library/stored-html.ts) and the reader sanitises again on render.
 */
import DOMPurify from 'dompurify';
import { DOMPURIFY_CONFIG } from '@/utils/article/extract/sanitize-policy';

/** True when DOMPurify has a real DOM to work with (a browser page, not linkedom or a service worker). */
export function domPurifyAvailable(): boolean {
  return DOMPurify.isSupported === true;
}

/** `html` re-checked by DOMPurify where it can run; elsewhere (linkedom) as it is. */
export function purifyRebuilt(html: string): string {
  return domPurifyAvailable() ? DOMPurify.sanitize(html, DOMPURIFY_CONFIG) : html;
}
