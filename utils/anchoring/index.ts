/**
 * Public API of the anchoring core: W3C selectors ⇄ DOM ranges. Pure DOM code (no `browser.*`,
 * no database) shared by the content script, the reader view and the tests.
 */
import type { AnchorOptions, AnchorResult, Selector } from './types';

export type * from './types';

/** Describes a DOM range inside `root` as TextQuote (32-char context), TextPosition and Range (XPath) selectors. */
export function describe(root: Element, range: AbstractRange): Selector[] {
  void root;
  void range;
  throw new Error('anchoring: describe() lands in the next commit');
}

/** Locates one annotation: Range, then Position, then exact then fuzzy quote; orphan below the minimum score. */
export async function anchor(
  root: Element,
  selectors: Selector[],
  options?: AnchorOptions,
): Promise<AnchorResult> {
  void root;
  void selectors;
  void options;
  throw new Error('anchoring: anchor() lands in the next commit');
}

/** Anchors many annotations against one text index, yielding so no task blocks the page for more than ~50 ms. */
export async function anchorAll(
  root: Element,
  list: Selector[][],
  options?: AnchorOptions & { onResult?: (index: number, result: AnchorResult) => void },
): Promise<AnchorResult[]> {
  void root;
  void list;
  void options;
  throw new Error('anchoring: anchorAll() lands in the next commit');
}
