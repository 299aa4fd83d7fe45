/** Reading progress from the reader's scroll geometry (pure). */

/** `progress`: share of the article seen so far; `position`: where the reader is, to restore it. */
export interface ReadingPoint {
  progress: number;
  position: number;
}

/** Computes progress (bottom of the viewport) and position (top) as fractions 0..1. */
export function readingPoint(scrollTop: number, clientHeight: number, scrollHeight: number): ReadingPoint {
  if (scrollHeight <= clientHeight) return { progress: 1, position: 0 };
  const clamp = (n: number) => Math.min(1, Math.max(0, n));
  return {
    progress: clamp((scrollTop + clientHeight) / scrollHeight),
    position: clamp(scrollTop / (scrollHeight - clientHeight)),
  };
}

/** The scrollTop that restores a stored position. */
export function scrollTopFor(position: number, clientHeight: number, scrollHeight: number): number {
  return Math.max(0, Math.round(position * Math.max(0, scrollHeight - clientHeight)));
}
