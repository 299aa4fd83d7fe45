/** Host-permission match patterns for restoring highlights per site, or on every site. */

/** Every web site: what "Show the highlight toolbar on every site" asks for (the manifest's optional hosts). */
export const ALL_SITES = ['https://*/*', 'http://*/*'];

/** The match pattern covering a page's host (any port), or null for non-web URLs. */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}
