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

/** Score of one term in one candidate (the candidate's score is the sum over terms). */
export function scoreTerm(inTitle: boolean, inTags: boolean, frequency: number): number {
  return (
    (inTitle ? TITLE_WEIGHT : 0) +
    (inTags ? TAG_WEIGHT : 0) +
    Math.min(MAX_TEXT_SCORE, Math.log2(1 + frequency) / 2)
  );
}

/** Score of one candidate from its per-term evidence. */
export function scoreCandidate(evidence: TermEvidence[]): number {
  let score = 0;
  for (const e of evidence) score += scoreTerm(e.inTitle, e.inTags, e.frequency);
  return score;
}
