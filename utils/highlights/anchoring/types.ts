/** Types of the anchoring core: what it locates and how it reports it (selectors: utils/shared/selectors). */

/** The boundary points of a Range or StaticRange (all describe() reads). */
export type BoundaryRange = Pick<
  AbstractRange,
  'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'
>;

/** Which evidence located the passage. */
export type AnchorMethod = 'range' | 'position' | 'quote-exact' | 'quote-fuzzy';

/** Why a passage could not be placed. */
export type OrphanReason = 'no-quote' | 'not-found' | 'low-score' | 'ambiguous' | 'aborted';

/** A located passage: a live DOM Range plus its offsets in the root's normalised text. */
export interface AnchoredResult {
  status: 'anchored';
  range: Range;
  method: AnchorMethod;
  /** Confidence in [0, 1]: 1 for range/position/unique exact quote, lower for fuzzy matches. */
  score: number;
  /** Offsets in the normalised text (a fresh TextPositionSelector can be built from them). */
  start: number;
  end: number;
}

/** A passage that could not be placed with enough confidence: listed, never silently misplaced. */
export interface OrphanResult {
  status: 'orphan';
  reason: OrphanReason;
  /** Score of the best rejected candidate, when there was one. */
  bestScore?: number;
}

export type AnchorResult = AnchoredResult | OrphanResult;

/** Tuning knobs; the defaults are what the benchmark measures. */
export interface AnchorOptions {
  /** Below this combined score a fuzzy candidate is rejected (orphan). Default 0.75. */
  minScore?: number;
  /** Abort long work (e.g. SPA navigation); the pending results become orphans with reason `aborted`. */
  signal?: AbortSignal;
}
