/** Edit distance of stored prefix/suffix context against the text around a candidate. */

/** Two DP rows reused across calls: context is short, and scoring runs for every candidate. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Fewest edits turning `pattern` into some prefix of `text` (the match may stop anywhere). */
export function prefixDistance(pattern: string, text: string): number {
  const m = pattern.length;
  const n = text.length;
  if (m === 0) return 0;
  if (rowA.length <= n) {
    rowA = new Int32Array(2 * n + 2);
    rowB = new Int32Array(2 * n + 2);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const pc = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = (prev[j - 1] as number) + (pc === text.charCodeAt(j - 1) ? 0 : 1);
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      cur[j] = Math.min(sub, del, ins);
    }
    [prev, cur] = [cur, prev];
  }
  let best = prev[0] as number;
  for (let j = 1; j <= n; j++) best = Math.min(best, prev[j] as number);
  return best;
}

const reverse = (s: string): string => s.split('').reverse().join('');

/** Context evidence: errors over the compared characters, and how many stored characters were comparable. */
export interface ContextMatch {
  errors: number;
  compared: number;
}

/**
 * Errors of a stored prefix against the text just before `start` (aligned at its end), comparing
 * only as much as lies after `limit` (the block start): text across a paragraph boundary says
 * little, since paragraphs get inserted, moved and copied.
 */
export function prefixErrors(text: string, start: number, prefix: string, limit = 0): ContextMatch {
  const before = text.slice(Math.max(limit, start - prefix.length - 8), start).trimEnd();
  const compared = Math.min(prefix.length, before.length);
  if (compared === 0) return { errors: 0, compared: 0 };
  return { errors: prefixDistance(reverse(prefix.slice(-compared)), reverse(before)), compared };
}

/** Errors of a stored suffix against the text just after `end` (aligned at its start), up to `limit`. */
export function suffixErrors(text: string, end: number, suffix: string, limit = text.length): ContextMatch {
  const after = text.slice(end, Math.min(limit, end + suffix.length + 8)).trimStart();
  const compared = Math.min(suffix.length, after.length);
  if (compared === 0) return { errors: 0, compared: 0 };
  return { errors: prefixDistance(suffix.slice(0, compared), after), compared };
}
