/** Edit distance of stored prefix/suffix context against the text around a candidate. */

/** Fewest edits turning `pattern` into some prefix of `text` (the match may stop anywhere). */
export function prefixDistance(pattern: string, text: string): number {
  const m = pattern.length;
  if (m === 0) return 0;
  let prev = new Int32Array(text.length + 1).map((_, j) => j);
  let cur = new Int32Array(text.length + 1);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const pc = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (pc === text.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return Math.min(...prev);
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
