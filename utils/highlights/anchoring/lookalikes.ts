/**
 * Near-copies of a passage: other places that approximate matching would accept for its quote
 * (lorem-ipsum variants, a sentence repeated with one word changed). When a passage had them,
 * text alone cannot say which survivor is the passage after an edit or a deletion, so anchoring
 * also asks that their number is unchanged and that the old position agrees.
 */
import { type Candidate, fuzzyCandidates } from './candidates';
import { runToEnd } from './schedule';
import { evidence, MIN_SCORE, nearestTo, overlaps, type QuoteQuery, type Scored, scoreIn } from './score';
import type { TextIndex } from './text-index';

/** The acceptable candidates (score ≥ minScore) that do not overlap one another, best first. */
export function distinctAcceptable(scored: Scored[], minScore: number): Scored[] {
  const kept: Scored[] = [];
  const ranked = scored.filter((s) => s.score >= minScore).sort((a, b) => evidence(a) - evidence(b));
  for (const s of ranked) if (!kept.some((k) => overlaps(k, s))) kept.push(s);
  return kept;
}

/**
 * Number of near-copies of the passage at [start, end) on the page, itself and its twins
 * excluded, given its quote's exact occurrences already scored.
 */
export function countLookalikes(
  index: TextIndex,
  q: QuoteQuery,
  [start, end]: [number, number],
  exact: Scored[],
): number {
  const fuzzy = runToEnd(fuzzyCandidates(index.norm.text, q.quote)).map((c) => scoreIn(index, c, q));
  const scored = [...exact, ...fuzzy];
  // Exact copies with the same context are twins, which the fingerprint already counts.
  const twins = scored.filter((c) => c.quoteErrors === 0 && c.contextErrors === 0);
  const own: Candidate = { start, end, quoteErrors: 0 };
  const others = scored.filter((c) => !overlaps(c, own) && !twins.some((t) => overlaps(t, c)));
  return distinctAcceptable(others, MIN_SCORE).length;
}

/**
 * For a passage that had `near` near-copies: if as many acceptable places as before remain, the
 * one nearest the old position (an edited passage stays where it was, while an intact near-copy
 * may well match its old text better); otherwise undefined, since the passage may be the one gone.
 */
export function settleLookalikes(
  scored: Scored[],
  near: number,
  oldStart: number | undefined,
  minScore: number,
): Scored | undefined {
  const places = distinctAcceptable(scored, minScore);
  const best = places[0];
  if (!best || places.length < near + 1) return undefined;
  if (oldStart === undefined) return places.length === 1 ? best : undefined;
  const nearest = nearestTo(places, oldStart);
  const distance = (c: Scored) => Math.abs(c.start - oldStart);
  // Two places equally near the old position: no evidence left to choose between them.
  return places.some((p) => p !== nearest && distance(p) === distance(nearest)) ? undefined : nearest;
}
