/**
 * Scoring and choosing among candidates. Evidence is counted in characters (quote errors +
 * prefix/suffix errors within the passage's own block); the best candidate must beat every
 * non-overlapping rival by at least one character of evidence, or the result is "ambiguous"
 * (an orphan, never a guess).
 */

import type { Result } from '@/utils/shared/result';
import type { TextQuoteSelector } from '@/utils/shared/selectors';
import type { Candidate } from './candidates';
import { prefixErrors, suffixErrors } from './context';
import { normalizeString } from './normalize';
import { blockAround, type TextIndex } from './text-index';

/** The normalised quote and context being looked for. */
export interface QuoteQuery {
  quote: string;
  prefix: string;
  suffix: string;
}

/** The stored quote and context, normalised like the page text. */
export function queryOf(sel: TextQuoteSelector): QuoteQuery {
  return {
    quote: normalizeString(sel.exact),
    prefix: normalizeString(sel.prefix ?? ''),
    suffix: normalizeString(sel.suffix ?? ''),
  };
}

/** A candidate with its context evidence and combined score. */
export interface Scored extends Candidate {
  contextErrors: number;
  score: number;
}

/** Default minimum score; below it a passage becomes an orphan. */
export const MIN_SCORE = 0.75;

/**
 * Combined score in [0, 1]. The quote's weight grows with its length: a long quote found almost
 * intact is strong evidence on its own, a short one needs its context to agree.
 */
export function scoreCandidate(text: string, c: Candidate, q: QuoteQuery, block: [number, number]): Scored {
  const m = q.quote.length;
  const before = prefixErrors(text, c.start, q.prefix, block[0]);
  const after = suffixErrors(text, c.end, q.suffix, block[1]);
  const contextErrors = before.errors + after.errors;
  const total = q.prefix.length + q.suffix.length;
  const compared = before.compared + after.compared;
  // Context we cannot compare (block boundary, page edge) counts as neutral evidence, not as a match.
  const contextSim = total ? Math.max(0, compared - contextErrors + 0.5 * (total - compared)) / total : 0.5;
  const quoteSim = Math.max(0, 1 - c.quoteErrors / m);
  const wq = 0.5 + 0.4 * Math.min(1, m / 160);
  return { ...c, contextErrors, score: wq * quoteSim + (1 - wq) * contextSim };
}

/** Scores a candidate against the query, comparing context only within the candidate's own block. */
export function scoreIn(index: TextIndex, c: Candidate, q: QuoteQuery): Scored {
  return scoreCandidate(index.norm.text, c, q, blockAround(index, c.start, c.end));
}

export const overlaps = (a: Candidate, b: Candidate): boolean => a.start < b.end && b.start < a.end;
/** The candidate of a non-empty list starting nearest `at` (the first of equally near ones). */
export function nearestTo<T extends Candidate>(list: T[], at: number): T {
  const distance = (c: T) => Math.abs(c.start - at);
  return list.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

/** Evidence errors in characters: quote plus context. */
export const evidence = (s: Scored): number => s.quoteErrors + s.contextErrors;

/** Outcome of choosing: the winner, or why there is none. */
export type Choice = Result<Scored, { reason: 'not-found' | 'low-score' | 'ambiguous'; bestScore?: number }>;

/** Picks the candidate with the least evidence errors, if it is good enough and unambiguous. */
export function choose(scored: Scored[], minScore: number): Choice {
  if (scored.length === 0) return { ok: false, error: { reason: 'not-found' } };
  const ranked = [...scored].sort((a, b) => evidence(a) - evidence(b) || b.score - a.score);
  const best = ranked[0] as Scored;
  if (best.score < minScore) return { ok: false, error: { reason: 'low-score', bestScore: best.score } };
  const rival = ranked.find((s) => !overlaps(s, best) && s.score >= minScore);
  if (rival && evidence(rival) - evidence(best) < 1)
    return { ok: false, error: { reason: 'ambiguous', bestScore: best.score } };
  return { ok: true, value: best };
}
