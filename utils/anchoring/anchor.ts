/**
 * Re-anchoring one annotation as a resumable step sequence: Range (XPath), then Position, each
 * accepted only if its text equals the quote; then the quote, exact then approximate, scored
 * with prefix/suffix evidence. Yields between expensive steps so callers can time-slice.
 */
import { type Candidate, exactCandidates, fuzzyCandidates } from './candidates';
import { elementRawStart } from './dom-offsets';
import { settleByFingerprint } from './fingerprint';
import { settleLookalikes } from './lookalikes';
import { choose, MIN_SCORE, overlaps, queryOf, type Scored, scoreIn } from './score';
import { normToPoints, rawToNorm, type TextIndex } from './text-index';
import type { AnchorMethod, AnchorResult, RangeSelector, Selector, TextPositionSelector } from './types';
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

/**
 * Steps of anchoring one selector list against an index; the generator's return value is the
 * result. Range and Position win outright only when the quote occurs once; when it occurs
 * several times (a lookalike), context decides, then the fingerprint (block and twins), and a
 * tie is an orphan rather than a guess.
 */
export function* anchorSteps(
  index: TextIndex,
  selectors: Selector[],
  minScore = MIN_SCORE,
): Generator<void, AnchorResult> {
  const quoteSel = find(selectors, 'TextQuoteSelector');
  const q = quoteSel ? queryOf(quoteSel) : null;
  if (!q?.quote) return { status: 'orphan', reason: 'no-quote' };
  const text = index.norm.text;
  const spans = selectorSpans(index, selectors, q.quote);
  const methodAt = (c: Candidate): AnchorMethod =>
    spans.find(([, [s]]) => s === c.start)?.[0] ?? (c.quoteErrors === 0 ? 'quote-exact' : 'quote-fuzzy');
  const [direct] = spans;
  if (direct && text.indexOf(q.quote) === direct[1][0] && text.indexOf(q.quote, direct[1][0] + 1) < 0) {
    return anchored(index, direct[1], direct[0], 1);
  }
  const score = (c: Candidate): Scored => scoreIn(index, c, q);
  const pos = find(selectors, 'TextPositionSelector');
  const fp = quoteSel?.['liseuse:fingerprint'];
  let exact = exactCandidates(text, q.quote).map(score);
  let excluded: Scored[] = [];
  if (fp) {
    const verdict = settleByFingerprint(index, exact, fp, pos?.start);
    if (verdict.kind === 'pick') {
      const { start, end, score: s } = verdict.best;
      return anchored(
        index,
        [start, end],
        methodAt(verdict.best),
        methodAt(verdict.best) === 'quote-exact' ? s : 1,
      );
    }
    if (verdict.kind === 'ambiguous') return { status: 'orphan', reason: 'ambiguous' };
    if (verdict.kind === 'exclude') excluded = verdict.spans;
  }
  const allowed = notACopy(excluded, pos?.start);
  exact = exact.filter(allowed);
  // With near-copies on record, an exact quote outside the passage's intact block may be one of
  // them (same words, other context): only the count-and-position rule below can place it.
  const first = fp?.near ? null : choose(exact, minScore);
  if (first?.ok && first.best.contextErrors <= 0.1 * (q.prefix.length + q.suffix.length)) {
    const method = methodAt(first.best);
    return anchored(
      index,
      [first.best.start, first.best.end],
      method,
      method === 'quote-exact' ? first.best.score : 1,
    );
  }
  yield;
  // No exact match, or a doubtful one: the true passage may have been edited. Look near its old
  // place first (cheap, and where edits usually leave it), then, unless that was conclusive, everywhere.
  // With near-copies on record, a nearby good match proves little: count them all first.
  if (pos && !fp?.near) {
    const from = Math.max(0, pos.start - NEARBY);
    const near = (yield* fuzzyCandidates(text, q.quote, from, Math.min(text.length, pos.end + NEARBY)))
      .filter(allowed)
      .map(score);
    const local = choose([...exact, ...near], minScore);
    if (
      local.ok &&
      local.best.score >= CONCLUSIVE &&
      local.best.contextErrors <= 0.1 * (q.prefix.length + q.suffix.length)
    ) {
      return anchored(index, [local.best.start, local.best.end], methodAt(local.best), local.best.score);
    }
  }
  const fuzzy: Scored[] = (yield* fuzzyCandidates(text, q.quote)).filter(allowed).map(score);
  if (fp?.near) {
    const best = settleLookalikes([...exact, ...fuzzy], fp.near, pos?.start, minScore);
    if (!best) return { status: 'orphan', reason: 'ambiguous' };
    return anchored(index, [best.start, best.end], methodAt(best), best.score);
  }
  const choice = choose([...exact, ...fuzzy], minScore);
  if (!choice.ok) {
    // Nothing but copies that cannot be told from the passage: say so rather than "not found".
    const reason = excluded.length && choice.reason === 'not-found' ? 'ambiguous' : choice.reason;
    return { status: 'orphan', reason, bestScore: choice.bestScore };
  }
  return anchored(index, [choice.best.start, choice.best.end], methodAt(choice.best), choice.best.score);
}

/** Runs the steps to completion without yielding (tests, benchmarks, workers). */
export function anchorNow(index: TextIndex, selectors: Selector[], minScore?: number): AnchorResult {
  const steps = anchorSteps(index, selectors, minScore);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
