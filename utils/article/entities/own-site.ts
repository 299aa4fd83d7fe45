import type { EntityGroup } from './group';
import { nameKey } from './normalize';

/** The page's host as nameKey folds a name written like it ("Wday.ru" → "wdayru"), "www." aside; '' if none. */
export function ownSiteKey(url: string | undefined): string {
  if (!url) return '';
  try {
    return nameKey(new URL(url).hostname.replace(/^www\./, ''));
  } catch {
    return '';
  }
}

/**
 * A name written as the page's own domain ("по версии Wday.ru", "para Diario.com.mx"): the site speaking of itself
 * (a contest it runs, its readers), never a subject of the article. `site`: see ownSiteKey.
 */
export const isOwnSite = (g: EntityGroup, site: string): boolean =>
  site !== '' && [...g.surfaces.keys()].every((s) => s.includes('.') && nameKey(s) === site);
