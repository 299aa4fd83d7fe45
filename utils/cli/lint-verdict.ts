/** FIREFOX: judges a `web-ext lint` JSON report. The bar is no error, no warning and no notice. */

/** One finding of addons-linter, as `web-ext lint -o json` prints it. */
export interface LintFinding {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

/** The part of the report the verdict reads. */
export interface LintReport {
  errors: LintFinding[];
  warnings: LintFinding[];
  notices: LintFinding[];
}

/**
 * Findings tolerated for now, each with its exact count and why. The count is a ratchet: more fails (a new
 * finding), fewer fails too (lower it, so the allowance cannot outlive its reason).
 */
export interface LintAllowance {
  code: string;
  /** Substring of the finding's message. */
  message: string;
  count: number;
  why: string;
}

/** What the checks found: `ok` and the lines to print. */
export interface LintVerdict {
  ok: boolean;
  lines: string[];
}

const describe = (f: LintFinding) => `${f.code} ${f.message}${f.file ? ` (${f.file}:${f.line ?? '?'})` : ''}`;

/** Passes when every finding is covered by an allowance and every allowance's count is met exactly. */
export function judgeLint(report: LintReport, allowances: readonly LintAllowance[] = []): LintVerdict {
  const lines: string[] = [];
  const covered = new Set<LintFinding>();
  for (const allowance of allowances) {
    const matching = report.warnings.filter(
      (f) => f.code === allowance.code && f.message.includes(allowance.message),
    );
    for (const f of matching) covered.add(f);
    if (matching.length > allowance.count) {
      lines.push(
        `${matching.length} × ${allowance.code} where ${allowance.count} are allowed (${allowance.why}):`,
      );
      lines.push(...matching.map((f) => `  ${describe(f)}`));
    } else if (matching.length < allowance.count) {
      lines.push(
        `${matching.length} × ${allowance.code} now, fewer than the ${allowance.count} allowed: lower the allowance in utils/cli/lint-firefox.ts (to 0: remove it).`,
      );
    } else if (matching.length > 0) {
      lines.push(`allowed for now: ${matching.length} × ${allowance.code} (${allowance.why})`);
    }
  }
  // Only warnings can be allowed: an error or a notice always fails.
  const rest = [...report.errors, ...report.warnings.filter((f) => !covered.has(f)), ...report.notices];
  lines.push(...rest.map(describe));
  const ok = rest.length === 0 && lines.every((l) => l.startsWith('allowed for now'));
  return { ok, lines };
}
