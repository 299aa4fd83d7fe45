/**
 * Pages the extension may not script: browser-internal pages, other extensions, the add-on stores (Chrome
 * and Firefox refuse injection there), `view-source:`, and `file:` unless the user granted file access.
 */

const RESTRICTED_SCHEMES = new Set([
  'about:',
  'brave:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'data:',
  'devtools:',
  'edge:',
  'javascript:',
  'moz-extension:',
  'opera:',
  'resource:',
  'view-source:',
  'vivaldi:',
  'blob:',
]);

/** Store hosts, with the path prefix under which injection is refused ('' for the whole host). */
const STORES: Array<[host: string, pathPrefix: string]> = [
  ['chromewebstore.google.com', ''],
  ['chrome.google.com', '/webstore'],
  ['addons.mozilla.org', ''],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.opera.com', ''],
];

/** Options for `isRestrictedUrl`. */
export interface RestrictedUrlOptions {
  /** Whether the user allowed access to file URLs (Chrome's "Allow access to file URLs"). */
  fileAccess?: boolean;
}

/** True when the extension cannot (or must not) read the page at `url`; malformed URLs count as restricted. */
export function isRestrictedUrl(url: string, options: RestrictedUrlOptions = {}): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (RESTRICTED_SCHEMES.has(parsed.protocol)) return true;
  if (parsed.protocol === 'file:') return !options.fileAccess;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  const host = parsed.hostname.toLowerCase();
  return STORES.some(([store, prefix]) => host === store && parsed.pathname.startsWith(prefix));
}
