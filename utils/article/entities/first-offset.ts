// Where a name is first written: the merges compare it to tell which of two names the text gives first.
import { least } from '@/utils/shared/extremes';
import type { Mention } from './mention';

/** Offset of the first of `ms` (Infinity when there are none). */
export const firstOffset = (ms: readonly Mention[] | undefined): number =>
  least((ms ?? []).map((m) => m.offset));

/** Offset of the first of `ms` found in the text itself: a headline's match does not count. */
export const firstInBody = (ms: readonly Mention[]): number => firstOffset(ms.filter((m) => !m.headline));
