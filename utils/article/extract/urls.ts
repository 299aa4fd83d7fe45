/** URL helpers for extraction: page HTML is hostile, so every URL we keep is absolute and of a safe scheme. */
import { type ElementIndex, indexOf } from '@/utils/article/element-index';

const SAFE_LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const SAFE_MEDIA_SCHEMES = new Set(['http:', 'https:']);

/** The URL relative links resolve against: the page's `<base href>` (itself relative to the page), else the page. */
export function documentBaseUrl(doc: Document, pageUrl: string, index?: ElementIndex): string {
  const href = indexOf(doc, index)
    .tagged('base')
    .map((b) => b.getAttribute('href')?.trim())
    .find(Boolean);
  if (!href) return pageUrl;
  return resolveUrl(href, pageUrl) ?? pageUrl;
}

/** Resolves `value` against `base`; null when it is not a valid URL. */
export function resolveUrl(value: string, base: string): string | null {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return null;
  }
}

/** Absolute URL for a link (`http`, `https`, `mailto`, or a same-document `#fragment`), null for anything else. */
export function safeLinkUrl(value: string, base: string): string | null {
  const trimmed = value.trim();
  if (trimmed.startsWith('#')) return trimmed;
  const url = resolveUrl(trimmed, base);
  return url && SAFE_LINK_SCHEMES.has(new URL(url).protocol) ? url : null;
}

/** Absolute URL for an image or media source (`http`/`https` only: no `data:`, no `javascript:`). */
export function safeMediaUrl(value: string, base: string): string | null {
  const url = resolveUrl(value, base);
  return url && SAFE_MEDIA_SCHEMES.has(new URL(url).protocol) ? url : null;
}

/** Rewrites a `srcset` with absolute, safe URLs; candidates that are not safe are dropped. */
export function safeSrcset(value: string, base: string): string | null {
  const out: string[] = [];
  // Candidates are separated by commas followed by whitespace; URLs themselves may contain commas.
  for (const candidate of value.split(/,\s+/)) {
    const [url, ...descriptor] = candidate.trim().split(/\s+/);
    const safe = url ? safeMediaUrl(url.replace(/,$/, ''), base) : null;
    if (safe) out.push([safe, ...descriptor].join(' '));
  }
  return out.length > 0 ? out.join(', ') : null;
}
