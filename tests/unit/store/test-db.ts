/** A fresh, uniquely named database per test (fake-indexeddb is loaded by tests/unit/setup.ts). */
import { LiseuseDatabase } from '@/utils/store/database';

/** Opens a new empty database; delete it with `db.delete()` after the test. */
export function freshDatabase(): LiseuseDatabase {
  return new LiseuseDatabase(`test-${crypto.randomUUID()}`);
}

/** A stored article summary row as an older schema kept it (for saved-database tests). */
export const storedSummary = (id: string, title: string, savedAt: number) => ({
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
  tags: [],
  entityKeys: [],
  progress: 0,
  position: 0,
  hasContent: true,
  source: 'web' as const,
});
