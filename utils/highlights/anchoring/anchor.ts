/**
 * Re-anchoring one annotation as a resumable step sequence: Range (XPath), then Position, each
 * accepted only if its text equals the quote; then the quote, exact then approximate, scored
 * with prefix/suffix evidence. Yields between expensive steps so callers can time-slice.
 */

import type {
  QuoteFingerprint,
  RangeSelector,
  Selector,
  TextPositionSelector,
} from '@/utils/shared/selectors';
import { type Candidate, exactCandidates, fuzzyCandidates } from './candidates';
import { elementRawStart } from './dom-offsets';
import { settleByFingerprint } from './fingerprint';
import { settleLookalikes } from './lookalikes';
import { runToEnd } from './schedule';
import { choose, MIN_SCORE, overlaps, type QuoteQuery, queryOf, type Scored, scoreIn } from './score';
import { normToPoints, rawToNorm, type TextIndex } from './text-index';
import type { AnchorMethod, AnchorResult } from './types';
import { elementFromXPath } from './xpath';

type Span = [number, number];

/** Characters searched on each side of the old position before searching the whole text. */
const NEARBY = 5000;
/** A nearby candidate this good (with its context intact) ends the search. */
const CONCLUSIVE = 0.9;

/** The span with surrounding spaces trimmed, if its text equals the quote. */
function verified(text: string, [a, b]: Span, quote: string): Span | null {
  let s = a;
  let e = b;
  while (s < e && text.charCodeAt(s) === 32) s++;
  while (e > s && text.charCodeAt(e - 1) === 32) e--;
  return s >= 0 && e <= text.length && text.slice(s, e) === quote ? [s, e] : null;
}

function rangeSpan(index: TextIndex, sel: RangeSelector): Span | null {
  const startEl = elementFromXPath(index.root, sel.startSelector.value);
  const endEl = elementFromXPath(index.root, sel.endSelector.value);
  if (!startEl || !endEl) return null;
  const a = elementRawStart(index, startEl) + (sel.startSelector.refinedBy?.start ?? 0);
  const b = elementRawStart(index, endEl) + (sel.endSelector.refinedBy?.start ?? 0);
  return b > a ? rawToNorm(index, a, b) : null;
}

function anchored(index: TextIndex, [start, end]: Span, method: AnchorMethod, score: number): AnchorResult {
  const points = normToPoints(index, start, end);
  if (!points) return { status: 'orphan', reason: 'not-found' };
  const range = (index.root.ownerDocument as Document).createRange();
  range.setStart(points[0].node, points[0].offset);
  range.setEnd(points[1].node, points[1].offset);
  return { status: 'anchored', range, method, score, start, end };
}

const find = <T extends Selector['type']>(list: Selector[], type: T) =>
  list.find((s) => s.type === type) as Extract<Selector, { type: T }> | undefined;

/** Spans the Range and Position selectors point at, kept only where their text equals the quote. */
function selectorSpans(index: TextIndex, selectors: Selector[], quote: string): [AnchorMethod, Span][] {
  const text = index.norm.text;
  const out: [AnchorMethod, Span][] = [];
  const rangeSel = find(selectors, 'RangeSelector');
  const byRange = rangeSel && rangeSpan(index, rangeSel);
  const fromRange = byRange && verified(text, byRange, quote);
  if (fromRange) out.push(['range', fromRange]);
  const pos: TextPositionSelector | undefined = find(selectors, 'TextPositionSelector');
  const fromPosition = pos && verified(text, [pos.start, pos.end], quote);
  if (fromPosition) out.push(['position', fromPosition]);
  return out;
}

/**
 * With copies of the passage ruled out (their number changed, so any of them may be the one
 * highlighted or not), a candidate must not be one of them and must lie nearer the passage's old
 * place than every copy: an edited passage stays where it was.
 */
function notACopy(copies: Candidate[], oldStart: number | undefined): (c: Candidate) => boolean {
  if (copies.length === 0) return () => true;
  const distance = (c: Candidate) => Math.abs(c.start - (oldStart ?? c.start));
  const limit = oldStart === undefined ? Number.POSITIVE_INFINITY : Math.min(...copies.map(distance));
  return (c) => !copies.some((x) => overlaps(x, c)) && distance(c) < limit;
}

/** What one anchoring run knows: the page index, the stored quote and the other evidence. */
interface Job {
  index: TextIndex;
  q: QuoteQuery;
  /** Spans the Range and Position selectors verified. */
  spans: [AnchorMethod, Span][];
  pos: TextPositionSelector | undefined;
  fp: QuoteFingerprint | undefined;
  minScore: number;
}

/** The anchored result for a candidate; a span a selector verified counts as certain. */
function place(job: Job, c: Scored): AnchorResult {
  const method =
    job.spans.find(([, [s]]) => s === c.start)?.[0] ?? (c.quoteErrors === 0 ? 'quote-exact' : 'quote-fuzzy');
  return anchored(
    job.index,
    [c.start, c.end],
    method,
    method === 'range' || method === 'position' ? 1 : c.score,
  );
}

const contextHolds = (job: Job, c: Scored): boolean =>
  c.contextErrors <= 0.1 * (job.q.prefix.length + job.q.suffix.length);

/**
 * Exact occurrences: settled by the fingerprint (twins, identical block), else the best one with
 * its context intact. Returns a result, or the copies to rule out of the approximate search.
 */
function settleExact(job: Job, exact: Scored[]): AnchorResult | Scored[] {
  let copies: Scored[] = [];
  if (job.fp) {
    const verdict = settleByFingerprint(job.index, exact, job.fp, job.pos?.start);
    if (verdict.kind === 'pick') return place(job, verdict.best);
    if (verdict.kind === 'ambiguous') return { status: 'orphan', reason: 'ambiguous' };
    if (verdict.kind === 'exclude') copies = verdict.spans;
  }
  // With near-copies on record, an exact quote outside the passage's intact block may be one of
  // them (same words, other context): only the count-and-position rule can place it.
  if (job.fp?.near) return copies;
  const first = choose(exact.filter(notACopy(copies, job.pos?.start)), job.minScore);
  return first.ok && contextHolds(job, first.value) ? place(job, first.value) : copies;
}

/** Approximate matches: near the old place first (cheap, usually conclusive), then everywhere. */
function* settleApproximate(job: Job, exact: Scored[], copies: Scored[]): Generator<void, AnchorResult> {
  const { index, q, pos, fp, minScore } = job;
  const text = index.norm.text;
  const allowed = notACopy(copies, pos?.start);
  const pool = exact.filter(allowed);
  const score = (c: Candidate): Scored => scoreIn(index, c, q);
  // With near-copies on record, a nearby good match proves little: count them all first.
  if (pos && !fp?.near) {
    const window = [Math.max(0, pos.start - NEARBY), Math.min(text.length, pos.end + NEARBY)] as const;
    const near = (yield* fuzzyCandidates(text, q.quote, ...window)).filter(allowed).map(score);
    const local = choose([...pool, ...near], minScore);
    if (local.ok && local.value.score >= CONCLUSIVE && contextHolds(job, local.value))
      return place(job, local.value);
  }
  const all = [...pool, ...(yield* fuzzyCandidates(text, q.quote)).filter(allowed).map(score)];
  if (fp?.near) {
    const best = settleLookalikes(all, fp.near, pos?.start, minScore);
    return best ? place(job, best) : { status: 'orphan', reason: 'ambiguous' };
  }
  const choice = choose(all, minScore);
  if (choice.ok) return place(job, choice.value);
  // Nothing but copies that cannot be told from the passage: say so rather than "not found".
  const reason = copies.length && choice.error.reason === 'not-found' ? 'ambiguous' : choice.error.reason;
  return { status: 'orphan', reason, bestScore: choice.error.bestScore };
}

/**
 * Steps of anchoring one selector list against an index; the generator's return value is the
 * result. Range and Position win outright only when the quote occurs once; when it occurs
 * several times, context decides, then the fingerprint (block, twins, near-copies), and a tie
 * is an orphan rather than a guess.
 */
export function* anchorSteps(
  index: TextIndex,
  selectors: Selector[],
  minScore = MIN_SCORE,
): Generator<void, AnchorResult> {
  const quoteSel = find(selectors, 'TextQuoteSelector');
  const q = quoteSel ? queryOf(quoteSel) : null;
  if (!quoteSel || !q?.quote) return { status: 'orphan', reason: 'no-quote' };
  const text = index.norm.text;
  const spans = selectorSpans(index, selectors, q.quote);
  const [direct] = spans;
  const fp = quoteSel['liseuse:fingerprint'];
  // A quote now unique that had copies when described may be a copy left after the passage's
  // paragraph was removed: its XPath or offsets can point there. The fingerprint decides.
  const hadCopies = (fp?.alike ?? 1) > 1;
  const onlyPlace =
    direct && text.indexOf(q.quote) === direct[1][0] && text.indexOf(q.quote, direct[1][0] + 1) < 0;
  if (onlyPlace && !hadCopies) return anchored(index, direct[1], direct[0], 1);
  const pos = find(selectors, 'TextPositionSelector');
  const job: Job = { index, q, spans, pos, fp, minScore };
  const exact = exactCandidates(text, q.quote).map((c) => scoreIn(index, c, q));
  const settled = settleExact(job, exact);
  if (!Array.isArray(settled)) return settled;
  yield;
  return yield* settleApproximate(job, exact, settled);
}

/** Runs the steps to completion without yielding (tests, benchmarks, workers). */
export function anchorNow(index: TextIndex, selectors: Selector[], minScore?: number): AnchorResult {
  return runToEnd(anchorSteps(index, selectors, minScore));
}
