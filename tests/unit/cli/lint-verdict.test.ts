import { describe, expect, it } from 'vitest';
import { judgeLint, type LintFinding } from '@/utils/cli/lint-verdict';

const inner: LintFinding = {
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  file: 'a.js',
  line: 1,
};
const minVersion: LintFinding = {
  code: 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION',
  message: 'Manifest key not supported',
};
const empty = { errors: [], warnings: [], notices: [] };
const allowance = { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'innerHTML', count: 2, why: 'test' };

describe('judgeLint', () => {
  it('passes a clean report', () => {
    expect(judgeLint(empty)).toEqual({ ok: true, lines: [] });
  });

  it('fails on any error, warning or notice', () => {
    for (const key of ['errors', 'warnings', 'notices'] as const) {
      const verdict = judgeLint({ ...empty, [key]: [minVersion] });
      expect(verdict.ok).toBe(false);
      expect(verdict.lines.join('\n')).toContain('KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION');
    }
  });

  it('tolerates exactly the allowed count of a finding, and nothing else', () => {
    expect(judgeLint({ ...empty, warnings: [inner, inner] }, [allowance]).ok).toBe(true);
    expect(judgeLint({ ...empty, warnings: [inner, inner, minVersion] }, [allowance]).ok).toBe(false);
    expect(judgeLint({ ...empty, errors: [inner], warnings: [inner, inner] }, [allowance]).ok).toBe(false);
  });

  it('fails when a finding grows past its allowance, and when it shrinks below it (lower the allowance)', () => {
    const more = judgeLint({ ...empty, warnings: [inner, inner, inner] }, [allowance]);
    expect(more.ok).toBe(false);
    const fewer = judgeLint({ ...empty, warnings: [inner] }, [allowance]);
    expect(fewer.ok).toBe(false);
    expect(fewer.lines.join('\n')).toContain('lower the allowance');
  });
});
