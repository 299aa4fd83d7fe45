/**
 * "Save link to Liseuse" from a link's context menu: a link-only item (no content, nothing fetched)
 * titled with the link's text, which the reader can open and capture later. Side effects are
 * injected so the flow is tested without a browser.
 */

import { collapseSpaces } from '@/utils/shared/fold';
import { isQuotaError } from '@/utils/shared/quota-error';
import { type Failure, fail, messageOf, ok, type Result } from '@/utils/shared/result';
import type { ArticleInput, SaveResult } from '@/utils/store/types';

/** What saving a link needs. */
export interface SaveLinkDeps {
  /** The link's text as the page shows it (read from the page), or null. */
  linkText(): Promise<string | null>;
  save(input: ArticleInput): Promise<SaveResult>;
}

/** Longest title kept from a link's text. */
const MAX_TITLE = 300;

/** The link's text as a title: whitespace collapsed, bounded; null when empty. */
export function linkTitle(text: string | null | undefined): string | null {
  const title = collapseSpaces(text).slice(0, MAX_TITLE);
  return title || null;
}

/**
 * Saves `url` as a link. An article already saved there keeps everything it has: the save is an
 * undated import (it only adds), so neither its title nor its content is replaced.
 */
export async function saveLink(
  url: string,
  givenText: string | undefined,
  deps: SaveLinkDeps,
): Promise<Result<SaveResult, Failure<'quota-exceeded' | 'internal'>>> {
  try {
    const title = linkTitle(givenText) ?? linkTitle(await deps.linkText().catch(() => null));
    return ok(await deps.save({ url, title: title ?? undefined, modifiedAt: null, source: 'web' }));
  } catch (err) {
    return fail(isQuotaError(err) ? 'quota-exceeded' : 'internal', messageOf(err));
  }
}

/**
 * Runs in the page (scripting.executeScript): the text of the first link to `href`. Self-contained:
 * it is serialised into the page, so it may use nothing from this module.
 */
export function readLinkText(href: string): string | null {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (a.href !== href) continue;
    const text = a.textContent || a.getAttribute('aria-label') || a.title || '';
    if (text.trim()) return text.slice(0, 1000);
    const img = a.querySelector('img[alt]');
    return img?.getAttribute('alt')?.slice(0, 1000) ?? null;
  }
  return null;
}
