/**
 * A small square picture for the library list, cut from a stored image: decoded with
 * createImageBitmap, scaled to cover, re-encoded as WebP. Runs where OffscreenCanvas exists (extension
 * pages, Chrome's service worker); nothing is fetched.
 */

/** Side of the thumbnail in pixels (shown at 72 CSS px, so sharp at 2×). */
export const THUMBNAIL_SIZE = 144;

/** Whether this context can make thumbnails. */
export function canMakeThumbnails(): boolean {
  return typeof createImageBitmap === 'function' && typeof OffscreenCanvas !== 'undefined';
}

/** The thumbnail of `image`, or null when it does not decode (SVG, a broken file). */
export async function makeThumbnail(image: Blob, size = THUMBNAIL_SIZE): Promise<Blob | null> {
  if (!canMakeThumbnails()) return null;
  let bitmap: ImageBitmap | null = null;
  try {
    bitmap = await createImageBitmap(image);
    const scale = size / Math.min(bitmap.width, bitmap.height);
    const [w, h] = [bitmap.width * scale, bitmap.height * scale];
    const canvas = new OffscreenCanvas(size, size);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(bitmap, (size - w) / 2, (size - h) / 2, w, h);
    return await canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
  } catch {
    return null;
  } finally {
    bitmap?.close();
  }
}
