/**
 * Public API of the anchoring core: W3C selectors ⇄ DOM ranges. Pure DOM code (no `browser.*`,
 * no database) shared by the content script, the reader view and the tests.
 */

import type { Selector } from '@/utils/shared/selectors';
import { anchorSteps } from './anchor';
import { Slicer } from './schedule';
import { buildTextIndex } from './text-index';
import type { AnchorOptions, AnchorResult } from './types';

export { anchorNow } from './anchor';
export { describe, describeWithIndex } from './describe';
export { normalizeString } from './normalize';
export { buildTextIndex, type TextIndex, UI_ATTRIBUTE } from './text-index';
export type * from './types';

const ABORTED: AnchorResult = { status: 'orphan', reason: 'aborted' };

/** Locates one annotation: Range, then Position, then exact then fuzzy quote; orphan below the minimum score. */
export async function anchor(
  root: Element,
  selectors: Selector[],
  options: AnchorOptions = {},
): Promise<AnchorResult> {
  const [result] = await anchorAll(root, [selectors], options);
  return result ?? ABORTED;
}

/**
 * Anchors many annotations against one text index, in order, yielding to the event loop every
 * few milliseconds so no task blocks the page for long. `onResult` reports each as it settles.
 */
export async function anchorAll(
  root: Element,
  list: Selector[][],
  options: AnchorOptions & { onResult?: (index: number, result: AnchorResult) => void } = {},
): Promise<AnchorResult[]> {
  const slicer = new Slicer();
  const index = buildTextIndex(root);
  const results: AnchorResult[] = [];
  for (const [i, selectors] of list.entries()) {
    await slicer.checkpoint();
    const result =
      (await slicer.run(anchorSteps(index, selectors, options.minScore), options.signal)) ?? ABORTED;
    results.push(result);
    options.onResult?.(i, result);
  }
  return results;
}
