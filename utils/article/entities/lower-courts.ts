// British papers write courts' kinds in lower case after their town: "Southwark crown court", "Westminster
// magistrates' court", "Inner London coroner's court". The town alone is not what the article names.
import type { Token } from './tokenize';

const COURT_KINDS = new Set(['crown', 'magistrates', 'county', 'coroner', 'coroners', 'youth', 'family']);

/**
 * One past the lower-case "crown court", "magistrates' court", "coroner's court" after a name ending at `end`,
 * else `end`.
 */
export function lowerCourtEnd(tokens: readonly Token[], end: number): number {
  const kind = tokens[end];
  if (!kind || !COURT_KINDS.has(kind.text) || kind.sentence !== tokens[end - 1]?.sentence) return end;
  const apostrophe = tokens[end + 1]?.text === "'" || tokens[end + 1]?.text === '’' ? 1 : 0;
  const court = tokens[end + 1 + apostrophe];
  return court?.text === 'court' && court.sentence === kind.sentence ? end + 2 + apostrophe : end;
}
