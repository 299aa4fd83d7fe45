/**
 * The list's thumbnails: made from the article's stored lead image (or its first stored image) when
 * it is saved, and for articles saved before thumbnails existed, when the list first shows them.
 */
import { getThumbnails, type LiseuseDatabase, putThumbnail, thumbnailSource } from '@/utils/store';
import { canMakeThumbnails, makeThumbnail } from './thumbnail-image';

/** Makes (or remakes) the thumbnail of article `id`; records "none" when it has no usable image. */
export async function refreshThumbnail(db: LiseuseDatabase, id: string): Promise<void> {
  if (!canMakeThumbnails()) return;
  const source = await thumbnailSource(db, id);
  const blob = source?.blob ? await makeThumbnail(source.blob) : null;
  await putThumbnail(db, { id, blob, source: blob ? (source?.url ?? null) : null });
}

/** Makes the missing thumbnails of `ids` (those the list shows), one at a time. */
export async function ensureThumbnails(db: LiseuseDatabase, ids: string[]): Promise<boolean> {
  if (!canMakeThumbnails()) return false;
  const rows = await getThumbnails(db, ids);
  const missing = ids.filter((_, i) => rows[i] === undefined);
  for (const id of missing) await refreshThumbnail(db, id);
  return missing.length > 0;
}
