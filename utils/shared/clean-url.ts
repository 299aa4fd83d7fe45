/**
 * The cleaning half of URL normalisation, without the public suffix list (so the popup's first paint does
 * not load it): fragment and tracking parameters dropped, remaining parameters sorted, host lowercased,
 * default port removed (the URL parser does the last two). Paths are kept as written.
 */
import { isTrackingParam } from './tracking-params';

/** An http(s) URL parsed against `base`, or null. */
export function parseHttp(raw: string, base?: string): URL | null {
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function paramName(pair: string): string {
  const raw = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** Parameters are filtered and sorted as written, so their original encoding is kept. */
export function clean(url: URL): string {
  url.hash = '';
  const pairs = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(paramName(pair)));
  pairs.sort((a, b) => {
    const [x, y] = [paramName(a), paramName(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  url.search = pairs.join('&');
  return url.toString();
}

/** The cleaned form of an http(s) URL (no canonical link considered); null when it is not one. */
export function cleanUrl(raw: string): string | null {
  const url = parseHttp(raw);
  return url ? clean(url) : null;
}

/** The host shown and filtered as the article's site: lowercased, without a leading `www.`. */
export function displaySite(url: string): string {
  const parsed = parseHttp(url);
  return parsed ? parsed.hostname.replace(/^www\./, '') : '';
}
