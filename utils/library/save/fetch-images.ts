/**
 * Fetches an article's own images as blobs for offline reading. Only the URLs given (the images of
 * the article being saved), http(s) only, a few at a time, each with a short timeout and a size cap.
 * Failures are normal (no host permission, CORS, 404) and are recorded, not thrown.
 */
import type { StoredImage } from '@/utils/store/types';

/** Limits of one image fetch run. */
export interface ImageFetchOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  maxImages?: number;
  concurrency?: number;
}

const DEFAULTS = { timeoutMs: 5000, maxBytes: 8 * 1024 * 1024, maxImages: 40, concurrency: 4 };

/** Distinct http(s) image URLs, at most `max`. */
export function imagesToFetch(urls: string[], max: number): string[] {
  const ok = urls.filter((u) => /^https?:\/\//i.test(u));
  return [...new Set(ok)].slice(0, max);
}

async function fetchOne(
  url: string,
  o: Required<Omit<ImageFetchOptions, 'fetch'>> & { fetch: typeof fetch },
) {
  const response = await o.fetch(url, {
    signal: AbortSignal.timeout(o.timeoutMs),
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('image/')) throw new Error(`Not an image (${type || 'no type'})`);
  const blob = await response.blob();
  if (blob.size > o.maxBytes) throw new Error(`Too large (${blob.size} bytes)`);
  return blob;
}

/** Fetches each image and returns one row per URL, stored or failed, for `articleId`. */
export async function fetchArticleImages(
  articleId: string,
  urls: string[],
  options: ImageFetchOptions = {},
): Promise<StoredImage[]> {
  const o = { ...DEFAULTS, fetch: globalThis.fetch.bind(globalThis), ...options };
  const queue = imagesToFetch(urls, o.maxImages);
  const rows: StoredImage[] = [];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const base = { articleId, url, fetchedAt: Date.now() };
      try {
        rows.push({ ...base, status: 'stored', blob: await fetchOne(url, o), error: null });
      } catch (err) {
        const error =
          err instanceof Error ? `${err.name === 'TimeoutError' ? 'Timeout' : err.message}` : String(err);
        rows.push({ ...base, status: 'failed', blob: null, error });
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  return rows;
}
