/**
 * The database URL the reader typed: `https://host/db` (or just `https://host`, then the database is
 * `liseuse`). Plain HTTP only for this machine: passwords and ciphertext never cross a network unencrypted.
 */

/** The default database name when the URL names none. */
export const DEFAULT_DATABASE = 'liseuse';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The normalised database URL (no trailing slash), or null when it is not one Liseuse accepts. */
export function databaseUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.username || url.password || url.search || url.hash) return null;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return null;
  const path = url.pathname.replace(/\/+$/, '');
  // CouchDB database names: lowercase letter first, then lowercase, digits and _$()+-/ (slashes escaped).
  const name = path.split('/').pop() ?? '';
  if (name && !/^[a-z][a-z0-9_$()+-]*$/.test(decodeURIComponent(name))) return null;
  return `${url.origin}${path || `/${DEFAULT_DATABASE}`}`;
}

/** The host permission pattern for a database URL (`https://host/*`: Firefox's match patterns hold no port). */
export function originPermission(dbUrl: string): string {
  const url = new URL(dbUrl);
  return `${url.protocol}//${url.hostname}/*`;
}
