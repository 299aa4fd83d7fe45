/** Rows as schema v3 stored them (no per-field times), for the saved-database tests. */

/** A v3 article summary at `https://x.fr/<id>`; `extra` overrides any field. */
export function v3Summary(id: string, title: string, savedAt: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    url: `https://x.fr/${id}`,
    originalUrl: `https://x.fr/${id}`,
    canonicalUrl: null,
    title,
    byline: null,
    siteName: null,
    site: 'x.fr',
    lang: 'fr',
    publishedTime: null,
    excerpt: null,
    leadImage: null,
    wordCount: 2,
    readingTimeMinutes: 1,
    savedAt,
    updatedAt: savedAt,
    status: 'unread' as const,
    favorite: 0 as const,
    tags: [] as string[],
    entityKeys: [] as string[],
    progress: 0,
    position: 0,
    hasContent: true,
    source: 'web' as const,
    ...extra,
  };
}
