/**
 * Ranking (pure): a title hit outweighs a tag hit, which outweighs any amount of body text; within
 * a tier, more occurrences rank higher (log-damped), then newer articles first.
 */

/** What ranking knows about one candidate for one term. */
export interface TermEvidence {
  inTitle: boolean;
  inTags: boolean;
  frequency: number;
}

const TITLE_WEIGHT = 8;
const TAG_WEIGHT = 4;
/** Body text alone never reaches a tag hit. */
const MAX_TEXT_SCORE = 3;

/** Score of one candidate from its per-term evidence. */
export function scoreCandidate(evidence: TermEvidence[]): number {
  let score = 0;
  for (const e of evidence) {
    if (e.inTitle) score += TITLE_WEIGHT;
    if (e.inTags) score += TAG_WEIGHT;
    score += Math.min(MAX_TEXT_SCORE, Math.log2(1 + e.frequency) / 2);
  }
  return score;
}
