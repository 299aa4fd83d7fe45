/** Small field readers shared by the importers: URLs, times, tags, booleans. */

/** Accepts only absolute http(s) URLs; `javascript:`, `data:`, relative and malformed URLs give null. */
export function safeUrl(raw: string | undefined | null): string | null {
  const value = raw?.trim();
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Reads a time as epoch ms: Unix seconds (Pocket, Instapaper), epoch ms, or an ISO/RFC date string.
 * Returns null when the value is empty or not a date.
 */
export function parseTime(raw: string | number | undefined | null): number | null {
  if (raw === undefined || raw === null) return null;
  const value = typeof raw === 'number' ? String(raw) : raw.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) {
    const n = Number(value);
    // Ten-digit numbers are seconds until the year 2286; anything bigger is already ms.
    return n < 1e11 ? Math.round(n * 1000) : Math.round(n);
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** Splits a tag list on `sep`, trimming, dropping empties and duplicates, keeping the first spelling. */
export function splitTags(raw: string | undefined | null, sep: string | RegExp): string[] {
  if (!raw) return [];
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of raw.split(sep)) {
    const tag = part.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}

/** A non-empty trimmed string, or null. */
export function textOrNull(raw: unknown): string | null {
  return typeof raw === 'string' && raw.trim() ? raw.trim() : null;
}

/** The hostname of a URL, used as a title when an export has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
