/** Messages the extension sends to the highlighter in a tab (the other direction of utils/messaging). */
import { isAnnotationId } from '@/utils/highlights/validate';

/** Commands from the background or popup to the page's highlighter. */
export type TabMessage =
  | { type: 'highlighter/ping' }
  | { type: 'highlighter/highlight-selection' }
  | { type: 'highlighter/status' }
  /** Places an orphan on the reader's selection; replies with an AttachOutcome. */
  | { type: 'highlighter/attach-selection'; id: string };

/** Reply to `highlighter/attach-selection`. */
export type AttachOutcome = 'placed' | 'no-selection' | 'failed';

/** Reply to `highlighter/status`: which annotations could not be placed on the page. */
export interface HighlighterStatus {
  anchored: string[];
  orphans: string[];
  /** Those orphans whose passage is now repeated on the page, so no copy could be chosen. */
  ambiguous: string[];
}

/** Validates an incoming tab message. */
export function isTabMessage(v: unknown): v is TabMessage {
  if (typeof v !== 'object' || v === null) return false;
  const { type, id } = v as { type?: unknown; id?: unknown };
  if (type === 'highlighter/attach-selection') return isAnnotationId(id);
  return (
    type === 'highlighter/ping' || type === 'highlighter/highlight-selection' || type === 'highlighter/status'
  );
}

/** Path of the full highlighter bundle, injected with `scripting.executeScript({ files })`. */
export const HIGHLIGHTER_FILE = '/content-scripts/highlighter.js';

/** Path of the tiny always-on loader registered for granted sites. */
export const LOADER_FILE = '/highlight-loader.js';

/** Id of the loader's dynamic content-script registration. */
export const LOADER_REGISTRATION_ID = 'liseuse-highlight-loader';
